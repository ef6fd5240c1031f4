package tr.hemsehri.incident.grouping;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tr.hemsehri.nlp.geo.PlaceMatcher;
import tr.hemsehri.nlp.text.NormalizedText;

/**
 * The streets a message names: a number or a name before a street word ("1469 sk'da", "117 sokaktaki çukur",
 * "Kartal sk.", "1 numaralı sokak"). Neighbours reporting one pothole or one dark street name the same street in
 * words that share little else ("kocaman çukur, jantımı vurdum" / "çukura motorcu düştü"), and a follow-up often
 * names only the street ("1469 sokaktaki dal hala orada"). Folded keys.
 */
final class StreetAnchors {
    private StreetAnchors() {
    }

    /** Between a number and the street word: "1 numaralı sokak", "12 nolu sk". */
    private static final Set<String> NUMBER_WORDS = Set.of("numarali", "nolu", "no", "nl", "numara");

    /** Words before a street word that name no street ("bizim sokakta", "aynı cadde", "ana caddede"). */
    private static final Set<String> NOT_A_NAME = Set.of("ayni", "bizim", "sizin", "onlarin", "her", "bu", "su", "o",
            "ana", "arka", "yan", "ust", "alt", "karsi", "diger", "butun", "tum", "bi", "bir", "iki", "uc", "ara",
            "cikmaz", "dar", "genis", "kendi", "yakin", "hangi", "hicbir", "baska", "ilk", "son", "mah", "mh",
            "mahalle", "mahallesi", "sokak", "sk", "cadde", "cad", "bulvar", "ve", "ile", "da", "de", "ki", "yeni",
            "eski", "uzun", "kisa", "bos", "kirli", "karanlik", "merkez");

    /** "İstasyon yolunda boru patlamış": a named road ("X yolu") is a street to its neighbours. */
    private static final Set<String> ROAD = Set.of("yolu", "yolunda", "yolundaki", "yolunu", "yolundan", "yoluna",
            "yolunun");

    /** Words before "yolu" that say what kind of road it is, not which one. */
    private static final Set<String> NOT_A_ROAD_NAME = Set.of("okul", "koy", "tren", "demir", "servis", "toprak",
            "stabilize", "kestirme", "orman", "tarla", "bahce", "kenar", "cevre", "baglanti", "giris", "cikis",
            "donus", "gidis", "sehir", "dag", "yayla", "bisiklet", "yaya", "kacis", "hastane", "is", "ev",
            "eve", "okula", "mahalle", "sahil", "ara", "ana", "yan", "arka", "bizim", "tali", "asfalt");

    /** Before a word that names no street alone, these make a street's name of it ("Eski İzmir", "Yeni Ankara"). */
    private static final Set<String> QUALIFIERS = Set.of("eski", "yeni", "buyuk", "kucuk");

    /** {@code placeKeys}: the message's district and neighbourhood keys, which name no street ("Bostanlı cadde"). */
    static Set<String> of(List<NormalizedText.Token> words, String... placeKeys) {
        Set<String> out = null;
        for (int i = 1; i < words.size(); i++) {
            String f = words.get(i).folded();
            // "mahallesinde sokağımızdaki çöpler": our street, named by nothing before it
            boolean road = ROAD.contains(f);
            if (!PlaceMatcher.isStreet(f) && !road || f.contains("imiz") || f.contains("umuz")) {
                continue;
            }
            int j = i - 1;
            while (j > 0 && NUMBER_WORDS.contains(words.get(j).folded())) {
                j--;
            }
            String name = words.get(j).folded();
            boolean number = isNumber(name) && (name.length() >= 2 || j < i - 1);
            // "Bostanlı'da cadde göl oldu": a located word is where, not the street's name
            boolean named = !number && name.length() >= 3 && !name.startsWith("mahalle") && !words.get(j).apostrophe() && !NOT_A_NAME.contains(name)
                    && !TextSignature.STOP.contains(name) && !PlaceMatcher.isStreet(name) && !isPlace(name, placeKeys);
            if (road && (number || name.length() < 4 || NOT_A_ROAD_NAME.contains(name))) {
                continue; // "okul yolu", "köy yolunda": a kind of road, not a named one
            }
            if (!number && !named && j > 0 && QUALIFIERS.contains(words.get(j - 1).folded()) && name.length() >= 3
                    && !words.get(j).apostrophe() && !NOT_A_NAME.contains(name) && !PlaceMatcher.isStreet(name)) {
                // "Eski İzmir Caddesi": a city's name is no street, but with its qualifier it is this one
                name = words.get(j - 1).folded() + " " + name;
                named = true;
            }
            if (number || named) {
                if (out == null) {
                    out = new TreeSet<>();
                }
                out.add(name);
            }
        }
        return out == null ? Set.of() : Set.copyOf(out);
    }

    private static boolean isPlace(String name, String[] placeKeys) {
        String k = tr.hemsehri.nlp.text.TurkishNormalizer.key(name);
        for (String p : placeKeys) {
            if (p != null && (p.equals(k) || p.startsWith(k) && k.length() >= 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String w) {
        if (w.isEmpty() || w.length() > 5) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
