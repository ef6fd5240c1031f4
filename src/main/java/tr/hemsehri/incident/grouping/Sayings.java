package tr.hemsehri.incident.grouping;

import java.util.Set;

/**
 * What a message says besides its problem class, read from its words' place keys ({@link TextSignature#keys}):
 * that something is missing, that it has lasted weeks, that rain made the flood, that it read an announcement, that
 * it thanks. Grouping uses these where the class alone cannot tell ({@link TextSignature} exposes them).
 */
final class Sayings {
    private Sayings() {
    }

    /** Words that say something is missing, stopped or not back yet ("bizde de yok", "hâlâ gelmedi"). */
    private static final Set<String> MISSING = Set.of("yok", "yokmu", "gelmedi", "gelmiyor", "gelmiyo", "kesik",
            "kesildi", "kesilmis", "kesmisler", "kestiler", "akmiyor", "akmiyo", "calismiyor", "yanmiyor",
            // "Mehterçeşme'deki kesinti kaça kadar?": the cut itself, named by its noun
            "kesinti", "kesintisi", "kesintiler", "kesintinin", "kesintiyi");

    /** "2 haftadır", "aylardır", "bir yıldır": folded forms of a duration of weeks or more. */
    private static final java.util.regex.Pattern LONG_DURATION = java.util.regex.Pattern.compile(
            "(hafta|ay|yil|sene)(lar)?d[iı]r");

    private static final String[] RAIN = {"yagmur", "saganak", "yagis", "firtina", "lodos", "selde"};

    /** Words that say a service is back or the thing was fixed. */
    private static final Set<String> RESTORED = Set.of("geldi", "geldiler", "duzeldi", "duzelttiler", "tamir",
            "onardilar", "onarildi", "basladi", "acildi", "acilmis", "calisiyor", "dondu");

    static boolean announcement(String[] keys) {
        for (String k : keys) {
            if (k.startsWith("duyur") || k.startsWith("anons")) {
                return true;
            }
        }
        return false;
    }

    static boolean rain(String[] keys) {
        for (String k : keys) {
            for (String w : RAIN) {
                if (k.startsWith(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean longStanding(String[] keys) {
        for (String k : keys) {
            if (k.length() <= 11 && LONG_DURATION.matcher(k).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean missing(String[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (MISSING.contains(keys[i]) || "ne".equals(keys[i]) && i + 1 < keys.length
                    && (keys[i + 1].startsWith("zaman") || "zmn".equals(keys[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** {@code noClass}: the message names no problem class. */
    static boolean onlyThanks(String[] keys, boolean noClass) {
        if (missing(keys)) {
            return false;
        }
        boolean thanks = thanks(keys);
        boolean restored = false;
        for (String k : keys) {
            if (k.startsWith("hala")) {
                return false; // "teşekkürler ama hâlâ bulanık"
            }
            restored |= RESTORED.contains(k);
        }
        // "Urla İskele'de elektrik geldi, ilginiz için teşekkürler": a class named as back is no complaint
        return thanks && (noClass || restored);
    }

    static boolean thanks(String[] keys) {
        for (String k : keys) {
            if (k.startsWith("tesekkur") || k.startsWith("sagolun") || k.startsWith("sagolsun") || "thanks".equals(k)
                    || k.startsWith("minnettar") || k.startsWith("emeginize")) {
                return true;
            }
        }
        return false;
    }
}
