package tr.hemsehri.incident.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.hemsehri.common.rest.ApiException;

/** Form values of the incident pages: Istanbul wall-clock times, case numbers as staff type them. */
final class IncidentForms {
    static final ZoneId TR = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** "HMS-0000123", "HMS-0000123/2" (as quoted in our replies) or a bare 123. */
    private static final Pattern CASE = Pattern.compile("(?i)(?:HMS-)?0*(\\d+)(?:/\\d+)?");

    private IncidentForms() {
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A datetime-local value (Istanbul time); empty is "not given". */
    static Instant time(String value, String label) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(TR).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(label + " için tarih ve saat girin (gg.aa.yyyy ss:dd): " + v);
        }
    }

    static String input(Instant i) {
        return i == null ? "" : INPUT.format(i.atZone(TR));
    }

    static long id(String value, String label) {
        String v = blank(value);
        if (v == null || !v.matches("\\d{1,18}")) {
            throw ApiException.badRequest(label + " seçilmeli");
        }
        return Long.parseLong(v);
    }

    /** Case numbers separated by commas, spaces or new lines; anything else is refused with what was not understood. */
    static List<Long> caseIds(String text) {
        String v = blank(text);
        if (v == null) {
            throw ApiException.badRequest("En az bir vaka numarası girin (ör. HMS-0000123)");
        }
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String token : v.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = CASE.matcher(token);
            if (m.matches() && m.group(1).length() <= 18) {
                out.add(Long.parseLong(m.group(1)));
            } else {
                bad.add(token);
            }
        }
        if (!bad.isEmpty()) {
            throw ApiException.badRequest("Vaka numarası anlaşılamadı: " + String.join(", ", bad));
        }
        if (out.isEmpty()) {
            throw ApiException.badRequest("En az bir vaka numarası girin (ör. HMS-0000123)");
        }
        return new ArrayList<>(out);
    }
}
