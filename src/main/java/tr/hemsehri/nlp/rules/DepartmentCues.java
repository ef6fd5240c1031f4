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
    private static final java.util.List<String> SOURCES = new java.util.ArrayList<>();

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
        SOURCES.add(regex);
    }

    /** Which departments' cues may match, in one pass over the text (cue order = bit order). */
    private static final class Index {
        static final CueIndex INDEX = CueIndex.ofRegexes(SOURCES);
        static final String[] DEPARTMENT_BY_BIT = CUES.keySet().toArray(String[]::new);
        static final Pattern[] PATTERN_BY_BIT = CUES.values().toArray(Pattern[]::new);
    }

    /** The department a cue names, or null; the first matching department in the order above. */
    public static String match(String folded) {
        return match(folded, true);
    }

    /** {@code indexed = false} runs every cue pattern: the reference the index is tested against. */
    static String match(String folded, boolean indexed) {
        if (folded == null || folded.isEmpty()) {
            return null;
        }
        long candidates = indexed ? Index.INDEX.candidates(folded) : -1L;
        for (int r = 0; r < Index.PATTERN_BY_BIT.length; r++) {
            if (((candidates >>> r) & 1) != 0 && Index.PATTERN_BY_BIT[r].matcher(folded).find()) {
                return Index.DEPARTMENT_BY_BIT[r];
            }
        }
        return null;
    }
}
