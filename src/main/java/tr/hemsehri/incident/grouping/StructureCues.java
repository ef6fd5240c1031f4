package tr.hemsehri.incident.grouping;

import static tr.hemsehri.incident.grouping.TopicCues.any;

import java.util.List;
import java.util.Set;

/**
 * The point structure a message names (see {@link TopicCues}): an underpass, bridge, tunnel, named junction,
 * station, pier or one of the city's landmarks. One underpass on one day is one subject whoever the analyser
 * thought should fix it, so grouping keys such reports by the structure.
 */
final class StructureCues {
    private StructureCues() {
    }

    /** The key prefix of a landmark: a place many things happen at, not one thing to repair. */
    static final String LANDMARK = "yer:";

    /** "alt geçit", "üst geçit", "köprü", "tünel": a named structure is its own place. */
    private static final List<String> STRUCTURE_ONE_WORD = List.of("altgecit*", "altgecid*", "ustgecit*",
            "ustgecid*", "kopru", "koprus*", "kopruy*", "kopruden", "koprude", "koprun*", "tunel*");

    /**
     * The point structure a message names, as "kind:name" from the word before it ("Halkapınar alt geçidi",
     * "Konak Halkapınar alt geçidinde", "Çamdibi altgeçit", "Bayraklı köprüsü"), or null.
     */
    static String of(String[] f) {
        return of(f, null);
    }

    /** {@code capitalized}: per word, written with a capital (null = unknown, as if every word were). */
    static String of(String[] f, boolean[] capitalized) {
        for (int i = 0; i < f.length; i++) {
            // "Kordon'da çöpler taşıyor": a landmark every citizen names the same way ("kordon altına" is police)
            if (LANDMARKS.contains(f[i]) && !(i + 1 < f.length && f[i + 1].startsWith("alti"))) {
                return LANDMARK + (f[i].startsWith("kordon") ? "kordon" : "kulturpark");
            }
        }
        for (int i = 1; i < f.length; i++) {
            String kind = null;
            int nameAt = i - 1;
            if (("alt".equals(f[i - 1]) || "ust".equals(f[i - 1])) && any(f[i], TopicCues.UNDERPASS)) {
                kind = f[i - 1] + "gecit";
                nameAt = i - 2;
            } else if (any(f[i], STRUCTURE_ONE_WORD)) {
                kind = f[i].startsWith("alt") ? "altgecit" : f[i].startsWith("ust") ? "ustgecit"
                        : f[i].startsWith("kopru") ? "kopru" : "tunel";
            } else if (f[i].startsWith("iskele") && !"insaat".equals(f[i - 1])) {
                kind = "iskele"; // "Bostanlı iskelesi", "Pasaport iskelesinin önünde"; not a scaffold
            } else if (f[i].startsWith("istasyon") && !(i + 1 < f.length && any(f[i + 1], NOT_THE_STATION))
                    && !FUEL.contains(f[i - 1])) {
                kind = "istasyon"; // "Bornova metro istasyonunda yürüyen merdiven": the station, not the line
                if (capitalized != null && !capitalized[i - 1]) {
                    nameAt = -1; // "yol nehre döndü, istasyonun önü kapalı": a station named by no word before it
                }
            } else if ((STOP_OF.contains(f[i]) || STOP_BARE.contains(f[i])
                    && (capitalized == null || capitalized[i - 1])) && isName(f[i - 1])) {
                // "Kocatepe durağının camları kırık": a named stop ("otobüs durağı" names none); a bare "durakta" needs
                // a capitalised name before it ("güzergah değiştirmiş, durakta kimse yok" names no stop)
                kind = "durak";
            } else if (f[i].startsWith("kavsa") && (isName(f[i - 1]) && !f[i - 1].startsWith("kopru")
                    || MAHALLE.contains(f[i - 1]))) {
                // "Adalet mah. kavşaktaki lamba": the mahalle's junction, keyed by the report's mahalle
                kind = "kavsak"; // "Sarnıç kavşağı": a named junction (its signals, its potholes); a bare one is not
            }
            if (kind != null && nameAt > 0 && tr.hemsehri.nlp.geo.PlaceMatcher.isStreet(f[nameAt])
                    && isName(f[nameAt - 1])) {
                nameAt--; // "Doğan Araslı Bulvarı alt geçidi" is "dogan arasli alt gecit": the road's name, not "bulvarı"
            }
            if (kind != null) {
                // "tren yolu alt geçidi", "alt geçit göl olmuş": no name of its own, so the report's place names it
                // "dolansın, köprü altı": a lower-case verb names none; "Ödemiş istasyonu" is a name though it ends so
                boolean named = nameAt >= 0 && isName(f[nameAt])
                        && !(verb(f[nameAt]) && capitalized != null && !capitalized[nameAt]);
                return kind + ":" + (named ? f[nameAt] : "");
            }
        }
        return null;
    }

    /** A bus or tram stop ("durak", "durağı", "durağında"), not "durakladı". */
    private static final Set<String> STOP_OF = Set.of("duragi", "duraginda", "duragin", "duraginin",
            "duragindaki");
    private static final Set<String> STOP_BARE = Set.of("durak", "duraga", "duraktan", "durakta", "duraktaki");

    private static final Set<String> MAHALLE = Set.of("mah", "mh", "mahallesi", "mahallesindeki");

    private static boolean isName(String w) {
        return w.length() >= 3 && !Character.isDigit(w.charAt(0)) && !TextSignature.STOP.contains(w)
                && !"alt".equals(w) && !"ust".equals(w) && !GENERIC.contains(w) && !w.endsWith("ki");
    }

    /** "Kasımpaşa tarafından dolansın, köprü altı komple su": a verb before the structure names none. */
    private static boolean verb(String w) {
        for (String e : VERB_ENDINGS) {
            if (w.endsWith(e) && w.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** Folded endings of the verb forms citizens write before a structure (imperative, past, progressive). */
    private static final List<String> VERB_ENDINGS = List.of("sin", "sun", "siniz", "sunuz", "mis", "mus", "iyor",
            "uyor", "acak", "ecek", "meli", "mali", "di", "du", "ti", "tu",
            // "Mehterçeşme'de oturuyorum. Alt geçidin oradaki ızgaralar": the verb of the sentence before
            "iyorum", "uyorum", "iyoruz", "uyoruz", "iyorlar", "uyorlar", "dik", "duk", "tik", "tuk", "dim", "dum");

    /** Places known by one name across the city (İzmir's promenade and fair park), as written. */
    private static final Set<String> LANDMARKS = Set.of("kordon", "kordonda", "kordonun", "kordona", "kordondaki",
            "kordondan", "kulturpark", "kulturparkta", "kulturparkin", "kulturparka", "kulturparktaki");

    /**
     * After "istasyon", words that make it a mahalle, a road or a direction ("İstasyon Mahallesi", "istasyon yolunda
     * boru patlamış", "istasyon tarafına geçiş yok"), not the station itself.
     */
    private static final List<String> NOT_THE_STATION = List.of("mah*", "mh", "yol*", "cad*", "sok*", "sk",
            "taraf*", "yon*", "civar*");

    /**
     * "benzin istasyonu", "şarj istasyonu": not a station of a line; nor a utility's plant ("pompa istasyonu
     * arızalıymış" is why the taps are dry, not a place where they are).
     */
    private static final Set<String> FUEL = Set.of("benzin", "sarj", "akaryakit", "baz", "otogaz", "pompa", "terfi",
            "aritma", "atiksu", "trafo", "dagitim", "meteoroloji");

    /** Words before a structure that say what it crosses, not which one it is. */
    private static final Set<String> GENERIC = Set.of("yol", "yolu", "yolundaki", "tren", "demiryolu", "karayolu",
            "otoyol", "yaya", "arac", "bu", "su", "sudan", "sular", "kavsak", "kavsagi", "kavsagindaki", "metro",
            "izban", "tramvay", "otobus", "buyuk", "kucuk", "ana", "yeni", "eski", "bizim", "sizin",
            // "Pınar mah. tarafından alt geçit kapalı": where the writer stands, not the structure's name
            "taraf", "tarafi", "tarafindan", "tarafinda", "tarafa", "yan", "yaninda", "yanindan", "onu", "onunde",
            "onundeki", "karsi", "karsisinda", "arka", "arkasinda", "yakin", "yakininda", "civari", "civarinda");
}
