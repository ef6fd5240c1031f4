package tr.hemsehri.workflow.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a citizen's answer to "was it fixed, and 1–5?": "5", "4/5", "⭐⭐⭐", "evet çözüldü", "hayır hala
 * akmıyor", "👍", a button payload such as SAT_YES or SAT_SCORE_4. Written without Turkish letters or with
 * them; a "no" anywhere outweighs a polite "yes".
 */
public final class SatisfactionAnswerParser {
    public record Answer(Boolean fixed, Integer score, boolean recognised) {
    }

    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Pattern BUTTON_SCORE = Pattern.compile("(?i)\\bSAT_SCORE_([1-5])\\b");
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,:])([1-5])(?:\\s*/\\s*5|\\s*puan)?(?![\\d.,:])");
    private static final Pattern SCORE_WORD = Pattern.compile("(?<!\\p{L})(bes|dort|uc|iki)(?!\\p{L})|^\\s*bir\\s*$");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?<!\\p{L})(hayir|cozulmedi|duzelmedi|halledilmedi|gelmedi|akmiyor|yapilmadi|olmadi|hala|devam ediyor"
                    + "|ayni sekilde|yine|degismedi|maalesef|memnun degil\\p{L}*|sat_no|kotu|berbat)(?!\\p{L})");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?<!\\p{L})(evet|cozuldu|duzeldi|halloldu|geldi|tamam|tesekkur\\p{L}*|sagol\\p{L}*|sag olun|memnun\\p{L}*"
                    + "|sorun kalmadi|yapildi|harika|super|sat_yes)(?!\\p{L})");
    private static final Pattern POSITIVE_EMOJI = Pattern.compile("[👍😊🙂😀😃😄❤👏🙏💯✅]");
    private static final Pattern NEGATIVE_EMOJI = Pattern.compile("[👎😡😠😞☹🙁😤❌]");

    private SatisfactionAnswerParser() {
    }

    public static Answer parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Answer(null, null, false);
        }
        String text = fold(raw.toLowerCase(TR));
        Integer score = score(raw, text);
        Boolean fixed = null;
        boolean negative = NEGATIVE.matcher(text).find() || NEGATIVE_EMOJI.matcher(raw).find();
        boolean positive = POSITIVE.matcher(text).find() || POSITIVE_EMOJI.matcher(raw).find();
        if (negative) {
            fixed = false;
        } else if (positive) {
            fixed = true;
        }
        return new Answer(fixed, score, fixed != null || score != null);
    }

    private static Integer score(String raw, String text) {
        Matcher b = BUTTON_SCORE.matcher(raw);
        if (b.find()) {
            return Integer.parseInt(b.group(1));
        }
        long stars = raw.codePoints().filter(c -> c == 0x2B50 || c == 0x2605).count();
        if (stars >= 1 && stars <= 5) {
            return (int) stars;
        }
        Matcher m = SCORE.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher w = SCORE_WORD.matcher(text);
        if (w.find()) {
            String word = w.group(1) == null ? "bir" : w.group(1);
            return switch (word) {
                case "bes" -> 5;
                case "dort" -> 4;
                case "uc" -> 3;
                case "iki" -> 2;
                default -> 1;
            };
        }
        return null;
    }

    static String fold(String s) {
        return s.replace('ı', 'i').replace('ğ', 'g').replace('ü', 'u').replace('ş', 's').replace('ö', 'o')
                .replace('ç', 'c').replace('â', 'a').replace('î', 'i').replace('û', 'u');
    }
}
