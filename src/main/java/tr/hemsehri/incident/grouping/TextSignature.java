package tr.hemsehri.incident.grouping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tr.hemsehri.nlp.text.NormalizedText;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * A message as a sparse vector for similarity: each word is Turkish-normalised (apostrophe suffix removed, Turkish
 * lower case, Snowball stem, ASCII-folded: "Suları" = "sular" = "su"), function words and filler are dropped, and
 * so are the place names the analyser found (the place is compared separately, and must not make "Bostanlı'da su
 * yok" look like "Bostanlı'da çöp var"). The vector holds the character 3-grams of each padded word (robust to
 * typos, no-Turkish-letter spelling and hashtags like #suyok) plus the word itself with a higher weight, then is
 * normalised to unit length. Similarity is the cosine.
 */
public final class TextSignature {
    static final float WORD_WEIGHT = 2.0f;
    /** Weight of a topic word (before the square root): sharing the topic alone gives a cosine of about 0.4. */
    static final float TOPIC_WEIGHT = 16f;

    /**
     * Topic vocabulary (folded): words that name the kind of problem, so "susuz", "musluk", "şebeke suyu" and
     * "#suyok" meet on one feature. Exact words, or prefixes when they end with '*'. Hashtags are split by the
     * normaliser only at case changes, so common fused tags are listed.
     */
    static final Map<String, List<String>> TOPICS = Map.of(
            "water", List.of("su", "sular", "suyu", "suyumuz", "suyun", "sulari", "suya", "sudan", "suyok",
                    "susuz*", "suyok*", "musluk*", "sebeke*", "basinc*", "tanker*"),
            "garbage", List.of("cop*", "konteyner*", "atik*"),
            "light", List.of("lamba*", "aydinlatma*", "karanlik*", "sonuk*"),
            "road", List.of("yol", "yolda", "yolu", "yoldaki", "yolun", "cukur*", "asfalt*", "cok", "coktu",
                    "cokmus", "coken", "goctu", "gocmus", "yolcoktu*"),
            "sewer", List.of("kanalizasyon*", "logar*", "rogar*", "lagim*"),
            "bus", List.of("otobus*", "durak*", "sefer*", "metro*"),
            "animal", List.of("kopek*", "kedi*", "hayvan*"),
            "electricity", List.of("elektrik*"),
            "gas", List.of("dogalgaz*", "gaz"));

    static String topic(String folded) {
        for (Map.Entry<String, List<String>> e : TOPICS.entrySet()) {
            for (String w : e.getValue()) {
                if (w.endsWith("*") ? folded.startsWith(w.substring(0, w.length() - 1)) : folded.equals(w)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

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

    private final Map<String, Float> weights;
    private final String firstWords;

    private TextSignature(Map<String, Float> weights, String firstWords) {
        this.weights = weights;
        this.firstWords = firstWords;
    }

    public static final TextSignature EMPTY = new TextSignature(Map.of(), "");

    /**
     * @param placeKeys gazetteer keys ({@link TurkishNormalizer#key}) of the message's district and neighbourhood;
     *                  words starting with one of them are dropped
     */
    public static TextSignature of(String text, String... placeKeys) {
        NormalizedText n = TurkishNormalizer.get().normalize(text);
        Map<String, Float> w = new HashMap<>();
        StringBuilder first = new StringBuilder();
        for (NormalizedText.Token t : n.words()) {
            String folded = t.folded();
            if (folded.isEmpty() || Character.isDigit(folded.charAt(0)) || STOP.contains(folded)) {
                continue;
            }
            if (isPlace(TurkishNormalizer.key(t.lower()), placeKeys)) {
                continue;
            }
            String topic = topic(folded);
            if (topic != null) {
                w.merge("t:" + topic, TOPIC_WEIGHT, Float::sum);
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
        return new TextSignature(w, first.toString().trim());
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

    public Map<String, Float> weights() {
        return weights;
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
