package tr.hemsehri.workflow.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a draft that is about to be posted publicly: Turkish identity numbers (checksum
 * verified), phone numbers, e-mail addresses, IBANs (mod-97 verified), vehicle plates and street addresses.
 * Public threads are read by everyone; such data must be masked or moved to a private message.
 */
public final class PiiGuard {
    public enum Kind {
        TCKN, PHONE, EMAIL, IBAN, PLATE, ADDRESS
    }

    public record Finding(Kind kind, String match, int start, int end) {
    }

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<![\\d])[1-9]\\d{10}(?![\\d])");
    private static final Pattern IBAN = Pattern.compile("(?i)\\bTR\\s?\\d{2}(?:\\s?\\d{4}){5}\\s?\\d{2}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d])(?:(?:\\+|00)\\s?90[\\s-]?)?\\(?0?[2-5]\\d{2}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{2}[\\s.-]?\\d{2}(?![\\d])");
    private static final Pattern PLATE = Pattern.compile(
            "(?<![\\w])(?:0[1-9]|[1-7]\\d|8[01])\\s?[A-PR-VYZ]{1,3}\\s?\\d{2,4}(?![\\w])");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iu)(?:[\\p{L}\\d.]+\\s+)?(?:sokak|sokağı|sokak\\.|sk\\.?|cadde(?:si)?|cad\\.?|bulvar[ıi]?|blv\\.?)"
                    + "\\s*,?\\s*(?:no|numara|nu)\\s*[:.]?\\s*\\d+[\\w/-]*(?:\\s*(?:daire|d)\\s*[:.]?\\s*\\d+)?"
                    + "|(?iu)\\bno\\s*[:.]?\\s*\\d+\\s*/\\s*\\d+|(?iu)\\bdaire\\s*[:.]?\\s*\\d+");

    private PiiGuard() {
    }

    public static List<Finding> scan(String text) {
        List<Finding> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        collect(out, IBAN, text, Kind.IBAN, PiiGuard::validIban);
        collect(out, EMAIL, text, Kind.EMAIL, s -> true);
        collect(out, ELEVEN_DIGITS, text, Kind.TCKN, PiiGuard::validTckn);
        collect(out, PHONE, text, Kind.PHONE, s -> s.replaceAll("\\D", "").length() >= 10);
        collect(out, PLATE, text, Kind.PLATE, s -> true);
        collect(out, ADDRESS, text, Kind.ADDRESS, s -> true);
        out.sort(Comparator.comparingInt(Finding::start));
        return out;
    }

    /** Replaces every finding with asterisks, keeping the text readable around it. */
    public static String mask(String text) {
        List<Finding> findings = scan(text);
        StringBuilder sb = new StringBuilder(text);
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding f = findings.get(i);
            sb.replace(f.start(), f.end(), "***");
        }
        return sb.toString();
    }

    private static void collect(List<Finding> out, Pattern p, String text, Kind kind,
            java.util.function.Predicate<String> valid) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean overlaps = out.stream().anyMatch(f -> s < f.end() && e > f.start());
            if (!overlaps && valid.test(m.group())) {
                out.add(new Finding(kind, m.group(), s, e));
            }
        }
    }

    /** The official T.C. kimlik numarası checksum: digits 10 and 11 depend on the first nine. */
    static boolean validTckn(String s) {
        if (s.length() != 11 || s.charAt(0) == '0') {
            return false;
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            d[i] = s.charAt(i) - '0';
        }
        int odd = d[0] + d[2] + d[4] + d[6] + d[8];
        int even = d[1] + d[3] + d[5] + d[7];
        int d10 = Math.floorMod(odd * 7 - even, 10);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += d[i];
        }
        return d[9] == d10 && d[10] == sum % 10;
    }

    static boolean validIban(String s) {
        String iban = s.replaceAll("\\s", "").toUpperCase();
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
