package tr.hemsehri.incident.grouping;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import tr.hemsehri.nlp.text.NormalizedText;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * A message as a sparse vector for similarity: each word is Turkish-normalised (apostrophe suffix removed, Turkish
 * lower case, Snowball stem, ASCII-folded: "Suları" = "sular" = "su"), function words and filler are dropped, and
 * so are the place names the analyser found (the place is compared separately, and must not make "Bostanlı'da su
 * yok" look like "Bostanlı'da çöp var"). The vector holds the character 3-grams of each padded word (robust to
 * typos, no-Turkish-letter spelling and hashtags like #suyok) plus the word itself with a higher weight, plus one
 * feature per problem class the message names ({@link TopicCues}: water, flood, tree, roof, ...), then is normalised
 * to unit length. Similarity is the cosine.
 */
public final class TextSignature {
    static final float WORD_WEIGHT = 2.0f;
    /** Weight of a topic word (before the square root): sharing the topic alone gives a cosine of about 0.4. */
    static final float TOPIC_WEIGHT = 16f;

    /** Words that say nothing about the problem. Folded spelling. */
    static final Set<String> STOP = Set.of(
            "ve", "ile", "de", "da", "ki", "bu", "o", "bir", "icin", "gibi", "ama", "cok", "daha", "en", "ne",
            "mi", "mu", "ya", "yine", "hala", "hep", "her", "biz", "siz", "ben", "sen", "bizim", "sizin",
            "benim", "var", "mah", "mahalle", "mahallesi", "sok", "sokak", "cad", "cadde", "caddesi", "no",
            "lutfen", "acil", "arkadaslar", "rica", "ederim", "ediyoruz", "tesekkur", "tesekkurler", "merhaba",
            "selam", "iyi", "gunler", "kurum", "belediye", "belediyesi", "belediyemiz", "izmir", "izmirbld",
            "buyuksehir", "bb", "ibb", "sayin", "yetkili", "yetkililer", "nerede", "neden", "niye", "nasil",
            "kadar", "beri", "sabah", "sabahtan", "aksam", "saat", "saattir", "gun", "gundur", "dun", "bugun",
            "simdi", "artik", "hic", "bi", "bana", "bize", "size", "bunu", "sey", "olarak", "olan", "oldu",
            "yapin", "yapar", "edin", "misiniz", "musunuz", "bilgi", "aciklama");

    /** "That" in its forms: they fold to water's words ("su", "sunu"). */
    private static final Set<String> THAT = Set.of("şu", "şunu", "şuna", "şunun", "şunda", "şundan", "şuan");

    private final Map<String, Float> weights;
    private final String firstWords;
    private final TopicCues.Cues cues;
    private final Set<String> anchors;
    private final boolean village;

    /** Every word's place key ({@link TurkishNormalizer#key}), place words included, in text order. */
    private final String[] keys;

    /** The words written with an apostrophe and a suffix ("Uzundere'de"): Turkish marks a proper name so. */
    private java.util.BitSet located = new java.util.BitSet(0);

    private TextSignature(Map<String, Float> weights, String firstWords, TopicCues.Cues cues, String[] keys,
            Set<String> anchors) {
        this.weights = weights;
        this.firstWords = firstWords;
        this.cues = cues;
        this.keys = keys;
        this.anchors = anchors;
        this.village = isVillage(keys);
    }

    /** "köyümüzde su yok", "Ahmetbeyler köyü": written from a village. */
    private static final Set<String> VILLAGE = Set.of("koy", "koyu", "koyunde", "koyde", "koyumuz", "koyumuzde",
            "koyumuze", "koyumuzun", "koyun", "koyune", "koylu", "koyluler", "koylumuz", "koyluyuz", "koylere");

    private static boolean isVillage(String[] keys) {
        for (int i = 0; i < keys.length; i++) {
            // "koyun" is also a sheep and "koyu" dark: only right after a name or with "muhtar" nearby it is a village
            if (VILLAGE.contains(keys[i]) && (keys[i].startsWith("koyl") || i > 0 && keys[i - 1].length() >= 4
                    && !STOP.contains(keys[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    public static final TextSignature EMPTY = new TextSignature(Map.of(), "", TopicCues.Cues.NONE, new String[0],
            Set.of());

    /**
     * @param placeKeys gazetteer keys ({@link TurkishNormalizer#key}) of the message's district and neighbourhood;
     *                  words starting with one of them are dropped
     */
    public static TextSignature of(String text, String... placeKeys) {
        NormalizedText n = TurkishNormalizer.get().normalize(text);
        Map<String, Float> w = new HashMap<>();
        StringBuilder first = new StringBuilder();
        String[] keys = new String[n.words().size()];
        int at = 0;
        java.util.BitSet located = new java.util.BitSet(keys.length);
        for (NormalizedText.Token t : n.words()) {
            located.set(at, t.apostrophe());
            keys[at++] = TurkishNormalizer.key(t.lower());
            String folded = t.folded();
            if (folded.isEmpty() || Character.isDigit(folded.charAt(0)) || STOP.contains(folded)
                    || THAT.contains(t.lower())) {
                continue; // "şu", "şunu", "şuna" (that) fold to water's "su", "sunu"
            }
            if (isPlace(keys[at - 1], placeKeys)) {
                continue;
            }
            String stem = TurkishNormalizer.fold(TurkishNormalizer.stem(t.lower()));
            if (stem.length() < 2 || STOP.contains(stem)) {
                continue;
            }
            w.merge("w:" + stem, WORD_WEIGHT, Float::sum);
            String padded = " " + stem + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                w.merge(padded.substring(i, i + 3), 1f, Float::sum);
            }
            if (first.length() < 40) {
                first.append(stem).append(' ');
            }
        }
        TopicCues.Cues cues = TopicCues.of(n.words(), text == null ? "" : text);
        for (Map.Entry<String, Integer> e : cues.classes().entrySet()) {
            w.merge("t:" + e.getKey(), TOPIC_WEIGHT * e.getValue(), Float::sum);
        }
        Set<String> anchors = StreetAnchors.of(n.words(), placeKeys);

        if (w.isEmpty()) {
            return EMPTY;
        }
        double norm = 0;
        for (Map.Entry<String, Float> e : w.entrySet()) {
            float v = (float) Math.sqrt(e.getValue()); // sublinear term frequency
            e.setValue(v);
            norm += v * v;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        w.replaceAll((k, v) -> v * inv);
        TextSignature s = new TextSignature(w, first.toString().trim(), cues, keys, anchors);
        s.located = located;
        return s;
    }

    private static boolean isPlace(String key, String[] placeKeys) {
        if (key.length() < 3) {
            return false;
        }
        for (String p : placeKeys) {
            if (p != null && p.length() >= 3 && (key.startsWith(p) || p.startsWith(key) && key.length() >= 5)) {
                return true;
            }
        }
        return false;
    }

    /** The same signature about this transport line (named by its number alone while that line is reported). */
    TextSignature withLine(String line) {
        Map<String, Integer> classes = new java.util.TreeMap<>(cues.classes());
        classes.merge("transit", 1, Integer::sum); // about the line: the line's class, as if a line word were there
        TextSignature s = new TextSignature(weights, firstWords, new TopicCues.Cues(Map.copyOf(classes), line, null),
                keys, anchors);
        s.located = located;
        return s;
    }

    /**
     * Whether the message says its problem has lasted weeks or more ("basınç 2 haftadır düşük"): not the outage
     * that began this morning, whatever it has in common with it.
     */
    public boolean saysLongStanding() {
        return Sayings.longStanding(keys);
    }

    /**
     * Whether the message says that something is missing or asks when it comes back, without naming what
     * ("Kozağaç'ta da yok 😤", "ne zaman gelecek"): a report that only makes sense beside the incident around it.
     */
    public boolean saysMissing() {
        return Sayings.missing(keys);
    }

    /** "Duyuru yaptık diyorlar, kim gördü?": the message speaks of an announcement. */
    public boolean namesAnnouncement() {
        return Sayings.announcement(keys);
    }

    /** "sağanak yağmurda sokak göl oldu": the weather made the flood (a storm's job, not a burst main's). */
    public boolean saysRain() {
        return Sayings.rain(keys);
    }

    /** Whether the message thanks someone ("teşekkürler", "sağolun", "emeğinize sağlık"). */
    public boolean saysThanks() {
        return Sayings.thanks(keys);
    }

    /**
     * Whether the message only thanks ("Doğan Araslı'daki arızaya hızlı müdahale için teşekkürler"): it names the
     * incident but needs no status update, whatever the classifier made of it. Not when it also says something is
     * missing or "hâlâ"; a class it names must be said to be back ("elektrik geldi, teşekkürler").
     */
    public boolean onlyThanks() {
        return Sayings.onlyThanks(keys, cues.classes().isEmpty());
    }

    /** Whether the message is written from a village (its own water supply; see {@code JoinRules}). */
    public boolean village() {
        return village;
    }

    /** The same signature naming these streets too (a street active right now, written without a street word). */
    TextSignature withAnchors(Set<String> more) {
        Set<String> all = new java.util.TreeSet<>(anchors);
        all.addAll(more);
        TextSignature s = new TextSignature(weights, firstWords, cues, keys, Set.copyOf(all));
        s.located = located;
        return s;
    }

    /** The streets the message names by number or name ("1469", "kartal"), see {@link StreetAnchors}. */
    public Set<String> anchors() {
        return anchors;
    }

    public Map<String, Float> weights() {
        return weights;
    }

    /** The problem classes the message names (see {@link TopicCues}), e.g. [flood] or [garbage, animal]. */
    public Set<String> topics() {
        return cues.names();
    }

    /** How often the message names each problem class (the words of {@link TopicCues}). */
    Map<String, Integer> classMentions() {
        return cues.classes();
    }

    /** The transport line the message is about ("bus:202", "metro", "tram", "izban"), or null. */
    public String line() {
        return cues.line();
    }

    /** The point structure the message names ("altgecit:halkapinar", "kopru:bayrakli"), or null. */
    public String structure() {
        return cues.structure();
    }

    /** The words' place keys, for naming a place the analyser did not resolve (see {@code GroupingEngine}). */
    String[] keys() {
        return keys;
    }

    /** Whether the word at this index of {@link #keys} was written as a proper name with a suffix. */
    boolean located(int i) {
        return located.get(i);
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The first content stems, for logs and explanations. */
    public String gist() {
        return firstWords;
    }

    /** Cosine of two unit vectors. */
    public double cosine(TextSignature o) {
        Map<String, Float> a = weights, b = o.weights;
        if (a.size() > b.size()) {
            Map<String, Float> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Float> e : a.entrySet()) {
            Float v = b.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        return dot;
    }
}
