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
    /** "alt geçit" written in two words. */
    static final List<String> UNDERPASS = List.of("gecit*", "gecid*");
    /** Tree names written with Turkish letters only: folded "cam" is also glass ("camı açamıyoruz"). */
    private static final Set<String> TREE_LOWER = Set.of("çam", "çamı", "çamlar", "çamın", "kavak", "kavağı",
            "okaliptüs", "okaliptus", "çınar", "çınarı", "çınarlar", "çınarın");
    /** With garbage words, these say the bin itself is broken ("konteynerin kapağı kırık"): another job. */
    private static final List<String> BROKEN = List.of("kirik*", "kiril*", "kapak*", "kapag*", "parcalan*");

    private TopicCues() {
    }

    /**
     * "Çınar Mahallesi'nde elektrik yok", "Çınar'a elektrik geldi", "Çınar Sk'ta lambalar yanmıyor": a mahalle or a
     * street named after a tree, not the tree.
     */
    private static boolean treeNamedPlace(List<NormalizedText.Token> words, String[] f, int i) {
        NormalizedText.Token t = words.get(i);
        boolean marker = i + 1 < f.length && ("mah".equals(f[i + 1]) || "mh".equals(f[i + 1])
                || f[i + 1].startsWith("mahalle") || tr.hemsehri.nlp.geo.PlaceMatcher.isStreet(f[i + 1]));
        return marker || t.apostrophe() || t.properNounLike();
    }

    /** The electricity distributors' accounts: a dark street written to them is a power cut. */
    private static final java.util.regex.Pattern POWER_ACCOUNTS = java.util.regex.Pattern.compile(
            "@(bedas|sedas|gdzelektrik|gedizelektrik|ayedas|enerjisa|uedas)");

    /** What street lighting is named by: a lamp, a pole, the street or the park. */
    private static final List<String> STREET_LIGHTING = List.of("lamba*", "aydinlatma*", "direk*", "sokak*",
            "sokag*", "park*", "cadde*", "yol", "yolu*", "yolda");
    /** What occupies a pavement: a café's tables and chairs, a stall, a parked car; the word "işgal" itself. */
    private static final List<String> OCCUPIED = List.of("isgal*", "masa", "masalar*", "sandalye*", "tezgah*",
            "park");
    /** A home that lost its power: its fridge, boiler, modem, candles; the lights "went" or were cut. */
    private static final List<String> AT_HOME = List.of("buzdolab*", "kombi*", "televizyon*", "modem*", "internet*",
            "camasir*", "evde", "evler*", "evimiz*", "mum", "mumlar*", "gitti", "kesil*", "kesik*", "kesinti*");

    /** "an", "anda" after "su": "şu an(da)", right now. */
    private static final Set<String> NOW = Set.of("an", "anda");

    static Cues of(List<NormalizedText.Token> words) {
        return of(words, "");
    }

    /** {@code raw}: the text as written, for what the normaliser drops (an "@eshotgm" mention). */
    static Cues of(List<NormalizedText.Token> words, String raw) {
        int n = words.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = words.get(i).folded();
            if (PLAIN_WATER.contains(f[i]) && words.get(i).lower().startsWith("ş")) {
                f[i] = words.get(i).lower(); // "şu an" (right now) folds to "su an"; only its ş tells it from water
            } else if ("su".equals(f[i]) && i + 1 < n && NOW.contains(words.get(i + 1).folded())) {
                f[i] = "şu"; // "tramvay calisiyomu su an": written without its ş, "su an" is still right now
            }
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
            boolean named = false;
            for (Map.Entry<String, List<String>> e : TopicLexicon.CLASSES.entrySet()) {
                if (any(w, e.getValue()) && !("flood".equals(e.getKey()) && i > 0 && "insan".equals(f[i - 1]))) {
                    c.merge(e.getKey(), 1, Integer::sum); // "insan seli" is a crowd, not a flood
                    named = true;
                }
            }
            if (!named && words.get(i).fromHashtag()) {
                String tail = hashtagTail(w);
                if (tail != null) {
                    for (Map.Entry<String, List<String>> e : TopicLexicon.CLASSES.entrySet()) {
                        if (any(tail, e.getValue())) {
                            c.merge(e.getKey(), 1, Integer::sum);
                        }
                    }
                }
            }
            if (TREE_LOWER.contains(words.get(i).lower()) && !treeNamedPlace(words, f, i)) {
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
        if (c.containsKey("pavement") && anyOf(f, OCCUPIED)) {
            c.remove("pavement"); // "kafeler kaldırımı masalarla kapatmış" is for the zabıta, not a broken pavement
            c.put("occupation", 1);
        }
        boolean powerAccount = POWER_ACCOUNTS.matcher(raw.toLowerCase(java.util.Locale.ROOT)).find();
        if (c.containsKey("light") && !c.containsKey("electricity") && !anyOf(f, STREET_LIGHTING)
                && (anyStartsWith(f, "trafo") || powerAccount || anyOf(f, AT_HOME) || raw.contains("🕯"))) {
            // "@sedas Atatürk Mah. komple karanlık, trafo patladı", "ışıklar hala yok, buzdolabındaki her şey
            // bozulacak", "hala karanlık 🕯️": the power is out at home, not a lamp in the street
            c.remove("light");
            c.merge("electricity", 1, Integer::sum);
        }
        // "@gdzelektrik arıza kaydı verdim 1 saattir bekliyoruz": to the distributor; "@gdzelektrik ekiplere
        // teşekkürler" thanks it and reports nothing
        if (c.isEmpty() && powerAccount && !Sayings.thanks(f)) {
            c.put("electricity", 1);
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
        String line = LineCues.of(f, raw);
        if (line != null) {
            c.merge("transit", 1, Integer::sum);
        }
        dominate(c, f, plainWater, missing, spraying);
        // "İZBAN'da elektrik arızası": the line's own power fault is still the line's problem
        boolean lineOnly = c.containsKey("transit") && (c.size() == 1 || c.size() == 2 && c.containsKey("electricity"));
        if (!lineOnly) {
            line = null; // "metro durağının yanında çöp" is garbage at a place, not a metro problem
        }
        boolean[] capitalized = new boolean[n];
        for (int i = 0; i < n; i++) {
            capitalized[i] = words.get(i).capitalized();
        }
        String structure = line == null ? StructureCues.of(f, capitalized) : null;
        return c.isEmpty() && line == null && structure == null ? Cues.NONE
                : new Cues(Map.copyOf(c), line, structure);
    }

    /** What says the road itself is damaged (a plain "yol" beside garbage does not). */
    private static final List<String> ROAD_DAMAGE = List.of("cukur*", "asfalt*", "coktu", "cokmus", "coken",
            "goctu", "gocmus", "yolcoktu*");

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
            // "musluğu açtım tek damla yok": the tap is as much a water word as "su"
            if (PLAIN_WATER.contains(f[j]) || any(f[j], TopicLexicon.CLASSES.get("water"))) {
                return true;
            }
        }
        return false;
    }

    static boolean anyOf(String[] f, List<String> patterns) {
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

    static boolean anyStartsWith(String[] f, String prefix) {
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
        if (c.containsKey("garbage") && c.containsKey("road") && !anyOf(f, ROAD_DAMAGE)) {
            c.remove("road"); // "çöpler yola taşmış", "çöp arabası yoldan geçmedi": the round's, not the road's
        }
        if (c.containsKey("billing") && !missing) {
            c.remove("water"); // "su faturası yüksek geldi" is a billing question, not a water problem
        }
    }

    /**
     * "#bucasusuz", "#gebzesusuz", "#izmitcopleri": a place run together with a cue word; the tail from the first
     * position (after at least three letters) where a prefix cue of four letters or more starts, or null.
     */
    private static String hashtagTail(String w) {
        for (int j = 3; j + 4 <= w.length(); j++) {
            String tail = w.substring(j);
            for (List<String> cues : TopicLexicon.CLASSES.values()) {
                for (String p : cues) {
                    if (p.endsWith("*") && p.length() >= 5 && tail.startsWith(p.substring(0, p.length() - 1))) {
                        return tail;
                    }
                }
            }
        }
        return null;
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
