package tr.hemsehri.nlp.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Unmistakable service words that name a department when the department model falls back to OTHER, its catch-all.
 * The model learns "... ne zaman gelecek?" mostly from electricity questions (referred, department OTHER), so a short
 * "Kazımdirik'te su yok, ne zaman gelecek?" could land in OTHER; a water utility's commonest message must not.
 * Only consulted for in-scope messages the model put in OTHER; cues read the ASCII-folded words.
 */
public final class DepartmentCues {
    private static final Map<String, Pattern> CUES = new LinkedHashMap<>();

    static {
        cue("WATER", "sular?(imiz)? (yok|kesik|kesildi|gelmiyor|akmiyor|gelmedi)|su(yumuz|yu)? (yok|kesik|kesildi|kesintisi|gelmiyor|akmiyor|gelmedi)|"
                + "suyumuz (yok|akmiyor|gelmiyor)|su borusu|su patlag|kanalizasyon|rogar tas|lagim");
        cue("PUBLIC_WORKS", "yol(da|un|daki)? cukur|cukur(lar)? var|asfalt|kaldirim(lar)? (bozuk|kirik|yok)");
        cue("CLEANING", "cop(ler)?(imiz)? (alinmadi|alinmiyor|toplanmadi|toplanmiyor)|cop konteyner");
    }

    private DepartmentCues() {
    }

    private static void cue(String department, String regex) {
        CUES.put(department, Pattern.compile("(?:^| )(?:" + regex + ")"));
    }

    /** The department a cue names, or null; the first matching department in the order above. */
    public static String match(String folded) {
        if (folded == null || folded.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, Pattern> e : CUES.entrySet()) {
            if (e.getValue().matcher(folded).find()) {
                return e.getKey();
            }
        }
        return null;
    }
}
