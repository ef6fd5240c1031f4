package tr.hemsehri.nlp.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tr.hemsehri.nlp.geo.Gazetteer.Alias;
import tr.hemsehri.nlp.geo.Gazetteer.District;
import tr.hemsehri.nlp.geo.Gazetteer.Neighborhood;
import tr.hemsehri.nlp.geo.Gazetteer.Province;
import tr.hemsehri.nlp.geo.PlaceResolver.Hit;
import tr.hemsehri.nlp.text.NormalizedText;
import tr.hemsehri.nlp.text.NormalizedText.Token;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Finds the district and neighbourhood a message talks about, within one province (and optionally one district).
 * Names are compared as folded keys without spaces ("Yahya Kaptan'da" → "yahyakaptan", "Küçükçiğli" →
 * "kucukcigli"), Turkish case suffixes are stripped when written without an apostrophe ("bostanlida"), official
 * names with an honorific tail also match by their first word ("Harmandalı" → "Harmandalı Gazi Mustafa Kemal
 * Atatürk"). Names that are also ordinary words ("Yeni", "Zafer", "Işık") only count when written as a proper noun
 * or followed by "mah./mh./mahallesi". A name followed by "cad./sk./bulvarı" is a street, not a mahalle. Ambiguous
 * names (Cumhuriyet in 15 districts) need a district in the text or in the scope, otherwise no neighbourhood is
 * returned. Colloquial aliases (Şirinyer) give only their district. Thread-safe, immutable.
 */
public final class PlaceMatcher {

    static final PlaceMatcher EMPTY = new PlaceMatcher(null, List.of(), null, List.of(), List.of());

    private static final int MAX_SPAN = 5;




    private static final Pattern HONORIFIC_TAIL = Pattern.compile(
            "^(gazi ?mustafa ?kemal ?ataturk|mustafa ?kemal ?ataturk|kemal ?ataturk|ataturk|gazi ?mustafa ?kemal|"
                    + "mustafa ?kemal|fevzi ?cakmak|inonu|cumhuriyet|merkez|yali|fatih|yakacik|kazimpasa|"
                    + "yavuz ?sultan ?selim|\\d+.*)$");

    private final Province province;
    private final District fixedDistrict;
    private final Map<String, District> districtByKey = new HashMap<>();
    private final Map<String, List<Neighborhood>> nbByKey = new HashMap<>();
    private final Map<String, List<Neighborhood>> nbShortByKey = new HashMap<>();
    private final Map<String, District> aliasByKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    PlaceMatcher(Province province, List<District> districts, District fixedDistrict, List<Neighborhood> nbs,
            List<Alias> aliases) {
        this.province = province;
        this.fixedDistrict = fixedDistrict;
        for (District d : districts) {
            addKey(districtByKey, TurkishNormalizer.key(d.name()), d);
        }
        for (Neighborhood n : nbs) {
            String name = n.name().replaceAll("\\(.*\\)", "").trim();
            String key = TurkishNormalizer.key(name);
            if (key.isEmpty()) {
                continue;
            }
            nbByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(n);
            addPrefixes(key);
            String first = shortKey(name);
            if (first != null) {
                nbShortByKey.computeIfAbsent(first, k -> new ArrayList<>(1)).add(n);
                addPrefixes(first);
            }
        }
        for (Alias a : aliases) {
            String k = TurkishNormalizer.key(a.district());
            District d = districts.stream().filter(x -> TurkishNormalizer.key(x.name()).equals(k)).findFirst()
                    .orElse(null);
            if (d != null && (fixedDistrict == null || fixedDistrict.id() == d.id())) {
                String ak = TurkishNormalizer.key(a.alias());
                aliasByKey.put(ak, d);
                addPrefixes(ak);
            }
        }
        districtByKey.keySet().forEach(this::addPrefixes);
    }

    /** "harmandali" for "Harmandalı Gazi Mustafa Kemal Atatürk": the first word of an honorific name, or null. */
    static String shortKey(String name) {
        String folded = TurkishNormalizer.fold(TurkishNormalizer.lowerTr(name));
        int sp = folded.indexOf(' ');
        if (sp <= 0) {
            return null;
        }
        String first = folded.substring(0, sp).replaceAll("[^a-z0-9]", "");
        String tail = folded.substring(sp + 1).trim();
        return first.length() >= 4 && HONORIFIC_TAIL.matcher(tail).matches() ? first : null;
    }

    private static void addKey(Map<String, District> m, String k, District d) {
        m.putIfAbsent(k, d);
    }

    private void addPrefixes(String key) {
        for (int i = 1; i <= key.length(); i++) {
            prefixes.add(key.substring(0, i));
        }
    }

    /**
     * A folded key and the stems its case suffixes may hide ("kocatepede" → kocatepe, "yenisehirde" → yenisehir),
     * for callers that look a word up among names they already know.
     */
    public static List<String> baseForms(String key) {
        List<String> out = new ArrayList<>(3);
        out.add(key);
        for (String suf : PlaceWords.SUFFIXES) {
            if (key.length() - suf.length() >= 4 && key.endsWith(suf)) {
                String stem = key.substring(0, key.length() - suf.length());
                out.add(stem);
                // "kuyucaga", "ovacigin": a final k, p, t softens before a vowel
                char last = stem.charAt(stem.length() - 1);
                char hard = last == 'g' ? 'k' : last == 'b' ? 'p' : last == 'd' ? 't' : 0;
                if (hard != 0 && "aeiou".indexOf(suf.charAt(0)) >= 0) {
                    out.add(stem.substring(0, stem.length() - 1) + hard);
                }
            }
        }
        return out;
    }

    /** A name that is also an everyday noun ("kesik", "park", "çukur"): never a place on its own. */
    public static boolean isOrdinaryNoun(String key) {
        return PlaceWords.NOUNS.contains(key);
    }

    /** "cad.", "sokak", "bulvarı" ...: the word before is a street's name. */
    public static boolean isStreet(String f) {
        return PlaceWords.isStreet(f);
    }

    /** The scope's fixed district (district municipality), or null. */
    public District fixedDistrict() {
        return fixedDistrict;
    }

    public PlaceMatch match(NormalizedText text) {
        if (province == null) {
            return PlaceMatch.NONE;
        }
        List<Token> toks = text.words();
        int n = toks.size();
        Set<String> tags = text.hashtags().isEmpty() ? Set.of() : new HashSet<>();
        for (String h : text.hashtags()) {
            tags.add(TurkishNormalizer.key(h));
        }
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Hit best = null;
            StringBuilder concat = new StringBuilder();
            for (int len = 1; len <= MAX_SPAN && i + len <= n; len++) {
                Token t = toks.get(i + len - 1);
                appendKey(concat, t.folded());
                String key = concat.toString();
                Hit h = lookup(toks, i, i + len, key, t.apostrophe(), tags);
                if (h != null) {
                    best = h;
                }
                if (!prefixes.contains(key)) {
                    break;
                }
            }
            if (best != null) {
                hits.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return PlaceResolver.resolve(hits, fixedDistrict);
    }

    private static void appendKey(StringBuilder sb, String folded) {
        for (int k = 0; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
    }

    private Hit lookup(List<Token> toks, int start, int end, String key, boolean apostrophe, Set<String> tags) {
        // a whole hashtag that is a place name ("#Bornova", "#karsiyaka", "#Tire") is written as a place
        boolean hashtag = toks.get(start).fromHashtag() && tags.contains(key);
        Hit h = lookupKey(toks, start, end, key, apostrophe, hashtag);
        if (h != null || apostrophe || key.length() < 5) {
            return h;
        }
        for (String suf : PlaceWords.SUFFIXES) {
            if (key.length() - suf.length() >= 3 && key.endsWith(suf)) {
                String stem = key.substring(0, key.length() - suf.length());
                h = lookupKey(toks, start, end, stem, true, false);
                if (h == null) {
                    char last = stem.charAt(stem.length() - 1);
                    char hard = last == 'g' ? 'k' : last == 'b' ? 'p' : last == 'd' ? 't' : 0;
                    if (hard != 0) {
                        h = lookupKey(toks, start, end, stem.substring(0, stem.length() - 1) + hard, true, false);
                    }
                }
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    /** {@code inflected}: the name carried a case suffix, so a following "sokak/cadde" does not make it a street. */
    private Hit lookupKey(List<Token> toks, int start, int end, String key, boolean inflected, boolean hashtag) {
        District d = districtByKey.get(key);
        List<Neighborhood> nbs = nbByKey.get(key);
        if (nbs == null) {
            nbs = nbShortByKey.get(key);
        }
        District alias = aliasByKey.get(key);
        if (d == null && nbs == null && alias == null) {
            return null;
        }
        Token first = toks.get(start);
        String next = end < toks.size() ? toks.get(end).folded() : "";
        boolean marker = PlaceWords.isMahalleMarker(next);
        boolean noun = PlaceWords.NOUNS.contains(key);
        boolean common = noun || PlaceWords.COMMON.contains(key) || key.length() <= 3;
        if (!inflected && PlaceWords.isStreetOrPlace(next) && (common || !PlaceWords.isFacility(next))) {
            // "Atatürk Caddesi", "Millet Bahçesi": a street or a facility named after a person or a word; but a
            // facility named after a place is in that place ("Evka 3 parkında", "Üçevler parkı")
            return null;
        }
        boolean proper = first.properNounLike() || toks.get(end - 1).apostrophe() || hashtag;
        boolean districtContext = next.startsWith("belediye") || next.startsWith("ilce");
        if (common && !proper && !marker && !districtContext && !placeCue(toks, start, end)) {
            if (d != null && !noun && first.capitalized() && key.length() > 3) {
                // a district written with a capital at the start of a sentence ("Derince sahil parkına ...")
                return new Hit(start, end, d, null, null, false);
            }
            if (noun || alias == null || key.length() <= 3) {
                return null;
            }
            d = null; // a colloquial alias written in lower case ("hatay tarafinda") still counts, as an alias
            nbs = null;
        }
        if (d != null && !marker) {
            // a district name wins over a neighbourhood of the same name ("Konak'ta" is the district)
            return new Hit(start, end, d, null, null, false);
        }
        if (alias != null && !marker) {
            return new Hit(start, end, null, null, alias, false);
        }
        if (nbs == null) {
            return d != null ? new Hit(start, end, d, null, null, false) : null;
        }
        return new Hit(start, end, null, nbs, null, marker, common);
    }

    /**
     * Context that makes a word that is also a common noun a place: "X civarında/tarafında/semtinde", an address
     * ("esenkent 1441 sokak"), or a district named just before it ("(konak / millet)", "Buca Kuruçeşme").
     */
    private boolean placeCue(List<Token> toks, int start, int end) {
        String next = end < toks.size() ? toks.get(end).folded() : "";
        if (next.startsWith("civar") || next.startsWith("taraf") || next.startsWith("semt") || next.startsWith("mevki")
                || next.startsWith("bolgesi")) {
            return true;
        }
        if (!next.isEmpty() && Character.isDigit(next.charAt(0)) && end + 1 < toks.size()
                && isStreet(toks.get(end + 1).folded())) {
            return true;
        }
        return start > 0 && districtByKey.containsKey(TurkishNormalizer.key(toks.get(start - 1).folded()))
                && !PlaceWords.COMMON.contains(TurkishNormalizer.key(toks.get(start - 1).folded()));
    }
}
