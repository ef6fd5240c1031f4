package tr.hemsehri.incident.grouping;

import static tr.hemsehri.incident.grouping.TopicCues.any;
import static tr.hemsehri.incident.grouping.TopicCues.anyStartsWith;

import java.util.List;
import java.util.Set;

/**
 * The transport line a message is about (see {@link TopicCues}): a bus number next to a line word or an operator's
 * name, the metro, tram, İZBAN, Marmaray, metrobüs or the ferries. A line runs through several districts, so it is
 * its own place for grouping.
 */
final class LineCues {
    private LineCues() {
    }

    /** {@code raw}: the text as written, for the operators' accounts the normaliser drops ("@eshotgm", "@izban"). */
    static String of(String[] f, String raw) {
        String lowerRaw = raw.toLowerCase(java.util.Locale.ROOT);
        boolean metroAccount = lowerRaw.contains("@izmirmetro");
        String line = line(f, metroAccount);
        // "@iett 142 yine yok": İstanbul's buses, like ESHOT's in İzmir
        // "@ulasimpark 42 öğleden sonra çalışacak mı": Kocaeli's operator
        if (line == null && (lowerRaw.contains("@eshot") || anyStartsWith(f, "eshot") || lowerRaw.contains("@iett")
                || anyStartsWith(f, "iett") || lowerRaw.contains("@ulasimpark") || anyStartsWith(f, "ulasimpark"))) {
            line = loneLineNumber(f); // "@eshotgm 490 yine gelmedi", "302 yok bugün #eshot"
        }
        if (line == null && (lowerRaw.contains("⛴") || lowerRaw.contains("🚢") || anyStartsWith(f, "iskele")
                && anyStartsWith(f, "sefer"))) {
            line = "ferry"; // "sefer yokmuş ⛴️", "seferleri iptal mi? iskele kapalı": a crossing
        }
        if (line == null && lowerRaw.contains("@izdeniz")) {
            line = "ferry"; // the operator's account names the service
        }
        if ("izban".equals(line) && lowerRaw.contains("@izmirmetro") && !namesSuburban(f)) {
            line = "metro"; // "@izmirmetro Evka 3'ten tren kalkmıyor": the metro's train, not İZBAN's
        }
        if (line == null && metroAccount && TopicCues.anyOf(f, SERVICE)) {
            // "@izmirmetro hala düzelmedi mi? Stadyum istasyonunda 40 dk oldu"; not "tuvaletler kapalı", a station's
            line = "metro";
        }
        if (line == null && lowerRaw.contains("@izban")) {
            line = "izban"; // "@izban seferler iptal mi?": the operator's account names the line
        }
        return line;
    }

    /** Words of a service that does not run: waiting, a fault, a delay, a cancelled run. */
    private static final List<String> SERVICE = List.of("sefer*", "ariza*", "duzel*", "bekl*", "gelmiyor*",
            "gelmedi", "yok", "durdu", "calismiyor*", "kalkmiyor*", "dk", "dakika*", "gecikme*", "iptal*", "kapali*",
            "kapat*", "acilacak", "acilmadi");

    /** "tren", "treni": the suburban train in a line question ("Çiğli'de tren gelmiyor"). */
    private static final Set<String> RAIL = Set.of("tren", "treni", "trenler", "trenleri", "trende", "trenin");

    /** Bridges between a line number and the line word: "202 numaralı otobüs", "302 nolu hat". */
    private static final Set<String> NUMBER_WORDS = Set.of("numarali", "nolu", "no", "nl", "numara", "numarada");

    /** A line number before one of these names a line ("202 otobüsü", "302 hattı", "202 seferleri"). */
    private static final List<String> LINE_AFTER = List.of("otobus*", "hat", "hatti*", "hattin*", "sefer*");

    /** A line number after one of these names a line ("ESHOT 202", "hat 302"). */
    private static final List<String> LINE_BEFORE = List.of("eshot*", "hat", "hatti", "bus");

    /** A number after one of these is its line unless it is a duration or a count ("otobus 876", not "otobüs 20 dk"). */
    private static final List<String> VEHICLE_BEFORE = List.of("otobus*", "dolmus*", "minibus*");

    /** A number before one of these is a duration or a count, not a line ("30 dakikadır", "40 kişi"). */
    private static final List<String> NOT_LINE_AFTER = List.of("dk*", "dakika*", "saat*", "gun*", "kisi*", "yil*",
            "kat*", "sokak*", "sk", "metre*", "lira*", "tl");

    /** A number after one of these is a time of day ("sabah 6'dan beri", "saat 7 oldu"), not a line. */
    private static final List<String> TIME_BEFORE = List.of("saat", "sabah*", "aksam*", "gece*", "ogle*");

    /** Whether the number at {@code i} is a duration, a count or a time of day by the words around it. */
    static boolean durationOrTime(String[] f, int i) {
        String n = digits(f[i]);
        if (n == null) {
            return false;
        }
        // "sabah 142 gelmedi" names a line: only 0-24 can be an hour of the day
        boolean hour = n.length() <= 2 && Integer.parseInt(n) <= 24;
        // "876 saat 10 oldu hala yok": nobody waits 876 hours; a number of hours is at most two days
        // "otobüsle 1,5 saat": the fraction is its own token, the unit follows it
        int unit = i + 2 < f.length && f[i + 1].length() == 1 && Character.isDigit(f[i + 1].charAt(0)) ? i + 2 : i + 1;
        boolean after = unit < f.length && any(f[unit], NOT_LINE_AFTER)
                && !(f[unit].startsWith("saat") && Integer.parseInt(n) > 48);
        return after || hour && i > 0 && any(f[i - 1], TIME_BEFORE);
    }

    /** Folded case suffixes written onto a number without an apostrophe ("876yı", "155e", "302den"). */
    private static final Set<String> NUMBER_SUFFIXES = Set.of("a", "e", "i", "u", "ya", "ye", "yi", "yu", "da", "de",
            "ta", "te", "dan", "den", "tan", "ten", "in", "un", "nin", "nun", "la", "le", "yla", "yle");

    /** The 1–3 digits of a line number, with a case suffix or not ("876", "876yi"), or null. */
    static String digits(String w) {
        int d = 0;
        while (d < w.length() && Character.isDigit(w.charAt(d))) {
            d++;
        }
        if (d == 0 || d > 3 || d < w.length() && !NUMBER_SUFFIXES.contains(w.substring(d))) {
            return null; // İzmir's street numbers have four digits ("1799 sk"); bus lines up to three
        }
        return w.substring(0, d);
    }

    /** The 1–3 digit numbers that are no duration, count or time of day ("155 gelmedi barbarosta"): maybe lines. */
    static List<String> bareNumbers(String[] f) {
        List<String> out = null;
        for (int i = 0; i < f.length; i++) {
            if (isLineNumber(f[i]) && !durationOrTime(f, i)) {
                if (out == null) {
                    out = new java.util.ArrayList<>(1);
                }
                out.add(digits(f[i]));
            }
        }
        return out == null ? List.of() : out;
    }

    /** With ESHOT named, the one 1–3 digit number that is not a duration or a count is the bus line. */
    private static String loneLineNumber(String[] f) {
        String found = null;
        for (int i = 0; i < f.length; i++) {
            if (isLineNumber(f[i]) && !durationOrTime(f, i)) {
                if (found != null && !found.equals(digits(f[i]))) {
                    return null; // two numbers: cannot tell which is the line
                }
                found = digits(f[i]);
            }
        }
        return found == null ? null : "bus:" + found;
    }

    /**
     * The transport line a message is about: a bus line number ("202 numaralı otobüs", "ESHOT 202", "302 nolu
     * hat"), else the metro, tram or İZBAN. A line runs through several districts, so it is its own place.
     */
    static String line(String[] f) {
        return line(f, false);
    }

    /** {@code railAccount}: the message is addressed to a rail operator, so a number before "sefer" is a station's. */
    private static String line(String[] f, boolean railAccount) {
        for (int i = 0; i < f.length; i++) {
            if (!isLineNumber(f[i])) {
                continue;
            }
            int j = i + 1;
            while (j < f.length && j <= i + 2 && NUMBER_WORDS.contains(f[j])) {
                j++;
            }
            boolean after = j < f.length && any(f[j], LINE_AFTER);
            // "Halkapınar'dan Evka 3'e sefer yok" in a metro message: a station's number before "sefer", not a bus
            if (after && f[j].startsWith("sefer") && (railAccount || mode(f) != null)) {
                after = false;
            }
            // "06:20 seferi yok": the minutes of a time of day (the colon is gone from the words), not line 20
            boolean minutes = i > 0 && f[i].length() == 2 && f[i - 1].length() <= 2
                    && f[i - 1].chars().allMatch(Character::isDigit) && Integer.parseInt(f[i - 1]) <= 24;
            boolean vehicle = i > 0 && any(f[i - 1], VEHICLE_BEFORE) && !durationOrTime(f, i);
            if (!minutes && (after || vehicle || i > 0 && any(f[i - 1], LINE_BEFORE))) {
                return "bus:" + digits(f[i]);
            }
        }
        return mode(f);
    }

    private static boolean namesSuburban(String[] f) {
        for (String w : f) {
            if (w.startsWith("izban") || w.startsWith("banliyo")) {
                return true;
            }
        }
        return false;
    }

    /** The metro, tram, İZBAN, Marmaray, metrobüs or ferry the message names first, or null. */
    private static String mode(String[] f) {
        // "Vapur yok, metro tıklım tıklım": the first line named is the one that failed, the others are detours
        for (int i = 0; i < f.length; i++) {
            String w = f[i];
            if (w.startsWith("metrobus")) {
                return "metrobus";
            }
            if (w.startsWith("metro")) {
                return "metro";
            }
            if (w.startsWith("tramvay") || w.startsWith("akcaray") || TRAM_EN.contains(w)) {
                return "tram"; // Akçaray is Kocaeli's tram
            }
            if (w.startsWith("izban") || w.startsWith("banliyo") || RAIL.contains(w)) {
                return "izban"; // the suburban train: İZBAN where the product started
            }
            if (w.startsWith("marmaray")) {
                return "marmaray";
            }
            if (w.startsWith("vapur") || w.startsWith("izdeniz") || w.startsWith("feribot") || w.startsWith("ferry")
                    || "deniz".equals(w) && i + 1 < f.length && f[i + 1].startsWith("otobus")) {
                return "ferry"; // one service: a crossing cancelled for wind is reported from every pier
            }
        }
        return null;
    }

    /** English for the tram ("tram is down again"). */
    private static final Set<String> TRAM_EN = Set.of("tram", "trams");

    private static boolean isLineNumber(String w) {
        return digits(w) != null;
    }
}
