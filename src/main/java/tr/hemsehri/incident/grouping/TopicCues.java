package tr.hemsehri.incident.grouping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tr.hemsehri.nlp.text.NormalizedText;

/**
 * The kind of problem a message names (a small hand lexicon over folded words, so it can be read and argued with)
 * and the transport line it is about. The analyser's department is not enough for grouping: on a storm day one
 * flooded underpass is filed under water, public works, fire and transport by different writers, and one fallen
 * tree under parks or "other". The classes give those reports one shared feature and let grouping compare them by
 * what is broken instead of by who the analyser thought should fix it.
 *
 * <p>A storm-damage class names the thing to fix; what it blocks is a consequence, so it <b>dominates</b>: a tree
 * hides the road, power, bus and light words of its message ("ağaç yola devrildi, otobüsler geçemiyor" is a tree),
 * a flood hides road and bus words and the plain word "su" (water in the street is not a water cut) unless the
 * message also says water is missing ("su yok", "kesik"), a sewer hides plain "su" ("lağım suyu"), a roof hides
 * road and bus words, and pests hide garbage when the message asks for spraying ("çöplerden fareler çıktı,
 * ilaçlama yapın" is for the spraying team; "çöpler yığıldı, fareler geziyor" is still uncollected garbage).
 */
final class TopicCues {

    /**
     * What a message names: class → number of cue words, a transport line key or null, and a named point structure
     * ("altgecit:halkapinar") or null.
     */
    record Cues(Map<String, Integer> classes, String line, String structure) {
        static final Cues NONE = new Cues(Map.of(), null, null);

        Set<String> names() {
            return classes.keySet();
        }
    }

    /** Exact folded words, or prefixes when they end with '*'. Hashtags are split only at case changes. */
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("water", List.of("susuz*", "suyok*", "musluk*", "sebeke*", "basinc*", "tanker*", "water")),
            Map.entry("garbage", List.of("cop*", "konteyner*", "atik*", "garbage", "trash", "rubbish")),
            Map.entry("light", List.of("lamba*", "aydinlatma*", "karanlik*", "sonuk*", "isik", "isiklar*",
                    "isigi*")),
            Map.entry("signal", List.of("sinyalizasyon*", "sinyal")),
            Map.entry("road", List.of("yol", "yolda", "yolu", "yoldaki", "yolun", "yola", "yollar", "cukur*",
                    "asfalt*", "coktu", "cokmus", "coken", "goctu", "gocmus", "yolcoktu*")),
            Map.entry("sewer", List.of("kanalizasyon*", "logar*", "rogar*", "lagim*")),
            Map.entry("transit", List.of("otobus*", "durak*", "sefer*", "metro*", "tramvay*", "eshot*", "izban*",
                    "tren", "treni", "trenler*", "trende", "trenin", "banliyo*", "akcaray*", "marmaray*", "vapur*",
                    "izdeniz*", "feribot*", "iett*")),
            Map.entry("ice", List.of("buz", "buzlu", "buzlan*", "buztut*", "tuzlama*", "tuzlan*", "greyder*", "kar",
                    "kardan")),
            Map.entry("noise", List.of("gurultu*", "muzik*", "noise")),
            Map.entry("fountain", List.of("fiskiye*", "havuz*")),
            Map.entry("animal", List.of("kopek*", "kedi*", "hayvan*", "marti*", "kopeg*")),
            Map.entry("electricity", List.of("elektrik*", "elektirik*", "electricity", "power")),
            Map.entry("fire", List.of("yangin*", "alevler*", "duman*", "fire", "smoke")),
            Map.entry("playground", List.of("kaydirak*", "salincak*", "tahterevalli*")),
            Map.entry("billing", List.of("fatura*", "abonelik*", "tahakkuk*")),
            Map.entry("facility", List.of("asansor*", "merdiven*")),
            Map.entry("smell", List.of("koku", "kokusu*", "kokudan", "kokuyor*", "kokuyo")),
            Map.entry("gas", List.of("dogalgaz*", "gaz")),
            Map.entry("tree", List.of("agac*", "dal", "dali", "dallar*", "fidan*")),
            Map.entry("flood", List.of("sel", "seli", "sele", "selde", "selin", "mazgal*", "gol", "golu",
                    "gole", "golde", "taskin*", "baskin*", "altgecit*", "altgecid*", "flood*")),
            Map.entry("roof", List.of("cati*", "kiremit*", "sac", "saclar*", "saclari*")),
            Map.entry("pest", List.of("fare", "fareler*", "ilaclama*", "sivrisinek*", "hasere*", "bocek*")));

    /** "su", "sular", ...: water, unless the message is about water where it should not be. */
    private static final Set<String> PLAIN_WATER = Set.of("su", "sular", "suyu", "suyumuz", "suyun", "sulari", "suya",
            "sudan", "suyok");
    /** Words that make plain "su" a missing-water report even beside a flood or sewer word. */
    private static final List<String> MISSING = List.of("yok*", "gelmiyor*", "gelmedi", "gelmiyo", "akmiyor",
            "cikmiyor", "gitti", "verilecek", "gelecek", "gelir", "gelcek", "kesik*", "kesil*", "kesinti*");
    /** These say water is missing wherever they stand; the verbs above only right after a water word. */
    private static final List<String> MISSING_ANYWHERE = List.of("boru*");
    /** With water in the message, these say it flooded something: "su bastı", "su doldu", "su birikti". */
    private static final List<String> FLOODED = List.of("basti", "basmis*", "basiyor", "doldu", "dolmus*", "birik*",
            "giriyor", "girdi", "girmis*", "cekilmedi", "cekilmiyor", "yukseliyor", "mahsur*", "diz", "dizimize",
            "belimize", "belime");
    /** "sokak dere oldu", "nehir gibi", "deniz olmuş": a street turned into water. */
    private static final Set<String> WATER_BODY = Set.of("dere", "nehir", "deniz", "irmak");
    private static final Set<String> BECAME = Set.of("oldu", "olmus", "olmuş", "gibi", "olmustu", "oluyor");
    /** After plain "su": "sular altında", "su içinde". */
    private static final Set<String> UNDER = Set.of("altinda", "icinde", "altina");
    /** Fire verbs ("otlar yanıyor"), unless the message is about lights ("lambalar gündüz yanıyor"). */
    private static final Set<String> BURNING = Set.of("yaniyor", "yaniyo", "yandi", "yanmis", "burning");
    /** A burst pipe ("boru patladı", "patlayan borudan"): the one thing behind both a water cut and a flood. */
    private static final List<String> BURST = List.of("patla*", "patlak*", "patlag*");
    /** "tren", "treni": the suburban train in a line question ("Çiğli'de tren gelmiyor"). */
    private static final Set<String> RAIL = Set.of("tren", "treni", "trenler", "trenleri", "trende", "trenin");
    /** "alt geçit" written in two words. */
    private static final List<String> UNDERPASS = List.of("gecit*", "gecid*");
    /** Bridges between a line number and the line word: "202 numaralı otobüs", "302 nolu hat". */
    private static final Set<String> NUMBER_WORDS = Set.of("numarali", "nolu", "no", "nl", "numara", "numarada");
    /** A line number before one of these names a line ("202 otobüsü", "302 hattı", "202 seferleri"). */
    private static final List<String> LINE_AFTER = List.of("otobus*", "hat", "hatti*", "hattin*", "sefer*");
    /** A line number after one of these names a line ("ESHOT 202", "hat 302"). */
    private static final List<String> LINE_BEFORE = List.of("eshot*", "hat", "hatti");
    /** A number before one of these is a duration or a count, not a line ("30 dakikadır", "40 kişi"). */
    private static final List<String> NOT_LINE_AFTER = List.of("dk*", "dakika*", "saat*", "gun*", "kisi*", "yil*",
            "kat*", "sokak*", "sk", "metre*", "lira*", "tl");
    /** Tree names written with Turkish letters only: folded "cam" is also glass ("camı açamıyoruz"). */
    private static final Set<String> TREE_LOWER = Set.of("çam", "çamı", "çamlar", "çamın", "kavak", "kavağı",
            "okaliptüs", "okaliptus", "çınar", "çınarı", "çınarlar", "çınarın");
    /** With garbage words, these say the bin itself is broken ("konteynerin kapağı kırık"): another job. */
    private static final List<String> BROKEN = List.of("kirik*", "kiril*", "kapak*", "kapag*", "parcalan*");
    /** "alt geçit", "üst geçit", "köprü", "tünel": a named structure is its own place. */
    private static final List<String> STRUCTURE_ONE_WORD = List.of("altgecit*", "altgecid*", "ustgecit*",
            "ustgecid*", "kopru", "koprus*", "kopruy*", "kopruden", "koprude", "koprun*", "tunel*");

    private TopicCues() {
    }

    static Cues of(List<NormalizedText.Token> words) {
        return of(words, "");
    }

    /** {@code raw}: the text as written, for what the normaliser drops (an "@eshotgm" mention). */
    static Cues of(List<NormalizedText.Token> words, String raw) {
        int n = words.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = words.get(i).folded();
        }
        Map<String, Integer> c = new TreeMap<>();
        int plainWater = 0;
        boolean missing = false;
        boolean spraying = false;
        boolean burning = false;
        boolean pipe = false;
        boolean burst = false;
        for (int i = 0; i < n; i++) {
            String w = f[i];
            spraying |= w.startsWith("ilaclama");
            burning |= BURNING.contains(w);
            pipe |= w.startsWith("boru");
            burst |= any(w, BURST);
            if (PLAIN_WATER.contains(w)) {
                plainWater++;
            }
            missing |= any(w, MISSING_ANYWHERE) || any(w, MISSING) && nearWater(f, i);
            for (Map.Entry<String, List<String>> e : WORDS.entrySet()) {
                if (any(w, e.getValue()) && !("flood".equals(e.getKey()) && i > 0 && "insan".equals(f[i - 1]))) {
                    c.merge(e.getKey(), 1, Integer::sum); // "insan seli" is a crowd, not a flood
                }
            }
            if (TREE_LOWER.contains(words.get(i).lower())) {
                c.merge("tree", 1, Integer::sum);
            }
            if (WATER_BODY.contains(w) && i + 1 < n && BECAME.contains(f[i + 1])) {
                c.merge("flood", 1, Integer::sum); // "sokağımız dere oldu", "nehir gibi"
            }
        }
        // "su yok ... bulaşık birikti" is a water cut: the verbs below say flood only when no water is missing
        boolean wet = !missing && (plainWater > 0 || c.containsKey("flood") || c.containsKey("water"));
        for (int i = 0; i < n && wet; i++) {
            boolean flooded = any(f[i], FLOODED)
                    || i > 0 && PLAIN_WATER.contains(f[i - 1]) && UNDER.contains(f[i])
                    || "alt".equals(f[i]) && i + 1 < n && any(f[i + 1], UNDERPASS);
            if (flooded) {
                c.merge("flood", 1, Integer::sum);
            }
        }
        if (plainWater > 0) {
            c.merge("water", plainWater, Integer::sum);
        }
        if (c.containsKey("light") && (anyStartsWith(f, "trafik") || anyStartsWith(f, "kavsa"))
                && !streetLamp(f)) {
            c.remove("light"); // "kavşaktaki ışıklar yanmıyor": the traffic signal, not the street lighting
            c.merge("signal", 1, Integer::sum);
        }
        if (plainWater > 0 && (anyStartsWith(f, "bulanik") || anyStartsWith(f, "camurlu"))) {
            c.merge("water", 1, Integer::sum); // "su bulanık", "çamurlu su": the water itself, not a muddy street
        }
        // "trafo yandı", "sigorta yandı": an electrical fault, not a fire
        if (burning && !c.containsKey("light") && !c.containsKey("electricity") && !anyStartsWith(f, "trafo")
                && !anyStartsWith(f, "sigorta") && !anyStartsWith(f, "ampul")) {
            c.merge("fire", 1, Integer::sum);
        }
        if (pipe && burst && !c.containsKey("gas")) { // "doğalgaz borusu patladı" is a gas matter
            c.merge("pipe", 1, Integer::sum);
        }
        String lowerRaw = raw.toLowerCase(java.util.Locale.ROOT);
        String line = line(f);
        // "@iett 142 yine yok": İstanbul's buses, like ESHOT's in İzmir
        if (line == null && (lowerRaw.contains("@eshot") || anyStartsWith(f, "eshot") || lowerRaw.contains("@iett")
                || anyStartsWith(f, "iett"))) {
            line = loneLineNumber(f); // "@eshotgm 490 yine gelmedi", "302 yok bugün #eshot"
        }
        if (line == null && (lowerRaw.contains("@izdeniz") || anyStartsWith(f, "vapur") || anyStartsWith(f, "izdeniz"))) {
            line = "ferry"; // the ferries are one service: a cancelled crossing is reported from every pier
        }
        if (line == null && lowerRaw.contains("@izban")) {
            line = "izban"; // "@izban seferler iptal mi?": the operator's account names the line
        }
        if (line != null) {
            c.merge("transit", 1, Integer::sum);
        }
        dominate(c, f, plainWater, missing, spraying);
        // "İZBAN'da elektrik arızası": the line's own power fault is still the line's problem
        boolean lineOnly = c.containsKey("transit") && (c.size() == 1 || c.size() == 2 && c.containsKey("electricity"));
        if (!lineOnly) {
            line = null; // "metro durağının yanında çöp" is garbage at a place, not a metro problem
        }
        String structure = line == null ? structure(f) : null;
        return c.isEmpty() && line == null && structure == null ? Cues.NONE
                : new Cues(Map.copyOf(c), line, structure);
    }

    /**
     * The point structure a message names, as "kind:name" from the word before it ("Halkapınar alt geçidi",
     * "Konak Halkapınar alt geçidinde", "Çamdibi altgeçit", "Bayraklı köprüsü"), or null.
     */
    static String structure(String[] f) {
        for (int i = 0; i < f.length; i++) {
            // "Kordon'da çöpler taşıyor": a landmark every citizen names the same way ("kordon altına" is police)
            if (LANDMARKS.contains(f[i]) && !(i + 1 < f.length && f[i + 1].startsWith("alti"))) {
                return "yer:" + (f[i].startsWith("kordon") ? "kordon" : "kulturpark");
            }
        }
        for (int i = 1; i < f.length; i++) {
            String kind = null;
            int nameAt = i - 1;
            if (("alt".equals(f[i - 1]) || "ust".equals(f[i - 1])) && any(f[i], UNDERPASS)) {
                kind = f[i - 1] + "gecit";
                nameAt = i - 2;
            } else if (any(f[i], STRUCTURE_ONE_WORD)) {
                kind = f[i].startsWith("alt") ? "altgecit" : f[i].startsWith("ust") ? "ustgecit"
                        : f[i].startsWith("kopru") ? "kopru" : "tunel";
            } else if (f[i].startsWith("iskele") && !"insaat".equals(f[i - 1])) {
                kind = "iskele"; // "Bostanlı iskelesi", "Pasaport iskelesinin önünde"; not a scaffold
            } else if (f[i].startsWith("istasyon") && !(i + 1 < f.length && f[i + 1].startsWith("mah"))
                    && !FUEL.contains(f[i - 1])) {
                kind = "istasyon"; // "Bornova metro istasyonunda yürüyen merdiven": the station, not the line
            } else if (f[i].startsWith("kavsa") && isName(f[i - 1]) && !f[i - 1].startsWith("kopru")) {
                kind = "kavsak"; // "Sarnıç kavşağı": a named junction (its signals, its potholes); a bare one is not
            }
            if (kind != null) {
                // "tren yolu alt geçidi", "alt geçit göl olmuş": no name of its own, so the report's place names it
                return kind + ":" + (nameAt >= 0 && isName(f[nameAt]) ? f[nameAt] : "");
            }
        }
        return null;
    }

    private static boolean isName(String w) {
        return w.length() >= 3 && !Character.isDigit(w.charAt(0)) && !TextSignature.STOP.contains(w)
                && !"alt".equals(w) && !"ust".equals(w) && !GENERIC.contains(w) && !w.endsWith("ki");
    }

    /** Places known by one name across the city (İzmir's promenade and fair park), as written. */
    private static final Set<String> LANDMARKS = Set.of("kordon", "kordonda", "kordonun", "kordona", "kordondaki",
            "kordondan", "kulturpark", "kulturparkta", "kulturparkin", "kulturparka", "kulturparktaki");
    /** "benzin istasyonu", "şarj istasyonu": not a station of a line. */
    private static final Set<String> FUEL = Set.of("benzin", "sarj", "akaryakit", "baz", "otogaz");

    /** Words before a structure that say what it crosses, not which one it is. */
    private static final Set<String> GENERIC = Set.of("yol", "yolu", "yolundaki", "tren", "demiryolu", "karayolu",
            "otoyol", "yaya", "arac", "bu", "su", "sudan", "sular", "kavsak", "kavsagi", "kavsagindaki", "metro",
            "izban", "tramvay", "otobus", "buyuk", "kucuk", "ana", "yeni", "eski", "bizim", "sizin");

    /** With ESHOT named, the one 1–3 digit number that is not a duration or a count is the bus line. */
    private static String loneLineNumber(String[] f) {
        String found = null;
        for (int i = 0; i < f.length; i++) {
            if (isLineNumber(f[i]) && !(i + 1 < f.length && any(f[i + 1], NOT_LINE_AFTER))) {
                if (found != null && !found.equals(f[i])) {
                    return null; // two numbers: cannot tell which is the line
                }
                found = f[i];
            }
        }
        return found == null ? null : "bus:" + found;
    }

    /** Garbage that was not collected: the round's problem even when a bin is broken too. */
    private static final List<String> UNCOLLECTED = List.of("alinma*", "alinmi*", "toplanma*", "toplanmi*",
            "tasti", "tasmis*", "tasiyor", "yigil*", "birik*", "dag");

    /**
     * "su yok", "su dün akşamdan beri gelmiyor", "kesinti var, su yok" — not "kimse gelmedi" (nobody came) nor
     * "elektrikler kesildi, evleri su bastı" (the cut is the power's).
     */
    private static boolean nearWater(String[] f, int i) {
        if (i > 0 && f[i - 1].startsWith("elektrik")) {
            return false;
        }
        for (int j = Math.max(0, i - 5); j < Math.min(f.length, i + 3); j++) {
            if (PLAIN_WATER.contains(f[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(String[] f, List<String> patterns) {
        for (String w : f) {
            if (any(w, patterns)) {
                return true;
            }
        }
        return false;
    }

    /** "sokak lambası", "sokak lambaları": street lighting even at a junction. */
    private static boolean streetLamp(String[] f) {
        for (int i = 0; i + 1 < f.length; i++) {
            if (f[i].startsWith("sokak") && f[i + 1].startsWith("lamba")) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStartsWith(String[] f, String prefix) {
        for (String w : f) {
            if (w.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void dominate(Map<String, Integer> c, String[] f, int plainWater, boolean missing,
            boolean spraying) {
        if (c.containsKey("tree")) {
            c.keySet().removeAll(Set.of("road", "electricity", "transit", "light"));
        }
        if (c.containsKey("flood") || c.containsKey("roof")) {
            c.keySet().removeAll(Set.of("road", "transit"));
        }
        if ((c.containsKey("flood") || c.containsKey("sewer")) && !missing) {
            // only the plain "su" words are hidden; "susuz", "musluk" still say water is missing
            c.computeIfPresent("water", (k, v) -> v > plainWater ? v - plainWater : null);
        }
        if (c.containsKey("pest") && spraying) {
            c.remove("garbage");
        }
        if (c.containsKey("garbage") && anyOf(f, BROKEN) && !anyOf(f, UNCOLLECTED)) {
            c.remove("garbage"); // a broken container is for the bin crew, not the round that missed the street
            c.merge("bin", 1, Integer::sum);
        }
        if (c.containsKey("gas") || c.containsKey("sewer") || c.containsKey("garbage")) {
            c.remove("smell"); // "gaz kokusu", "lağım kokusu": the smell is that problem's, not one of its own
        }
        if (c.containsKey("billing") && !missing) {
            c.remove("water"); // "su faturası yüksek geldi" is a billing question, not a water problem
        }
    }

    /**
     * The transport line a message is about: a bus line number ("202 numaralı otobüs", "ESHOT 202", "302 nolu
     * hat"), else the metro, tram or İZBAN. A line runs through several districts, so it is its own place.
     */
    static String line(String[] f) {
        for (int i = 0; i < f.length; i++) {
            if (!isLineNumber(f[i])) {
                continue;
            }
            int j = i + 1;
            while (j < f.length && j <= i + 2 && NUMBER_WORDS.contains(f[j])) {
                j++;
            }
            if (j < f.length && any(f[j], LINE_AFTER) || i > 0 && any(f[i - 1], LINE_BEFORE)) {
                return "bus:" + f[i];
            }
        }
        for (String w : f) {
            if (w.startsWith("metrobus")) {
                return "metrobus";
            }
            if (w.startsWith("metro")) {
                return "metro";
            }
            if (w.startsWith("tramvay") || w.startsWith("akcaray")) {
                return "tram"; // Akçaray is Kocaeli's tram
            }
            if (w.startsWith("izban") || w.startsWith("banliyo") || RAIL.contains(w)) {
                return "izban"; // the suburban train: İZBAN where the product started
            }
            if (w.startsWith("marmaray")) {
                return "marmaray";
            }
        }
        return null;
    }

    private static boolean isLineNumber(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false; // İzmir's street numbers have four digits ("1799 sk"); bus lines up to three
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean any(String w, List<String> patterns) {
        for (String p : patterns) {
            if (p.endsWith("*") ? w.startsWith(p.substring(0, p.length() - 1)) : w.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
