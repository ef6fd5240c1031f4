package tr.hemsehri.nlp.geo;

import java.util.Set;

/**
 * The word lists behind {@link PlaceMatcher}: Turkish case suffixes a name may carry without an apostrophe, names
 * that are also everyday words or very common names, and ordinary nouns that are also place names.
 */
final class PlaceWords {
    private PlaceWords() {
    }

    /** Folded suffixes, longest first ("-dayım/-deyiz": "I am / we are in ...", as in "Bostanlıdayım, su yok"). */
    static final String[] SUFFIXES = {"dayim", "deyim", "tayim", "teyim", "dayiz", "deyiz", "tayiz", "teyiz",
            "sindaki", "sindeki", "sindan", "sinden", "sinda", "sinde", "ndaki",
            "ndeki", "lilar", "liler", "ndan", "nden", "daki", "deki", "taki", "teki", "dan", "den", "tan", "ten",
            "nda", "nde", "nin", "nun", "yla", "yle", "lar", "ler", "dir", "tir", "li", "lu", "da", "de", "ta", "te",
            "ya", "ye", "yi", "yu", "in", "un", "a", "e", "i", "u"};

    /** Names that are also everyday words or very common person/street names: need a proper-noun form or a marker. */
    static final Set<String> COMMON = Set.copyOf(java.util.List.of("yeni", "merkez", "carsi", "baris", "zafer", "guzel", "umut",
            "sevgi", "isik", "gunes", "guven", "doga", "tan", "ege", "ulus", "ugur", "yildiz", "cicek", "ozgur",
            "cagdas", "karanfil", "sira", "cile", "kibar", "yali", "sahil", "istasyon", "emek", "koza", "pinar",
            "cinar", "ornek", "orta", "turan", "kurtulus", "hurriyet", "istiklal", "cumhuriyet", "ataturk", "fatih",
            "inonu", "park", "liman", "cami", "camii", "okul", "kale", "tepe", "bahce", "gazi", "sehitler", "serdar",
            "orhan", "hilal", "yenice", "ovacik", "bozkoy", "yenikoy", "dereköy", "derekoy", "uzun", "kucuk", "buyuk",
            "altin", "gumus", "demir", "deniz", "ova", "su", "kum", "bag", "dag", "koy", "tire", "kiraz", "odemis",
            "korfez", "derince", "kartal", "adalar", "avcilar", "selcuk", "menderes", "maltepe", "esenler", "yalova",
            "denizli", "seyhan", "sariyer", "istanbul", "izmir", "kocaeli", "ankara", "bursa", "mersin", "hatay",
            "aydin", "manisa", "tepecik", "aksoy", "akin", "ilk", "egitim", "saglik", "ticaret", "sanayi", "yesil",
            "yesilova", "kocatepe", "mevlana", "yunusemre", "barbaros", "kazimkarabekir", "sultaniye", "mimarsinan",
            "ertugrul", "mehmetakif", "mehmetakifersoy", "fevzicakmak", "aziziye", "gazipasa",
            "mithatpasa", "bahcelievler", "yenimahalle", "yenisehir", "esentepe",
            "kuyucak", "ortakoy", "camlik", "cayir", "pazar", "pazaryeri", "yukari", "asagi", "dogu", "bati",
            "kuzey", "guney", "huzur", "universite", "hastane", "cesme", "organize", "yesilyurt", "gaziler", "refah", "saadet", "bereket", "dostluk", "birlik", "kardeslik", "esenkent",
            "sehit", "cevre", "dere", "bayir", "kavak", "cinarli", "atakent"));

    /**
     * Ordinary nouns and adjectives that are also mahalle or colloquial place names ("su kesik" → Kesik, "millet
     * bahçesi" → Millet, "pasaport randevusu" → the Pasaport semt, "çukur" → Çukur). Stricter than {@link #COMMON}:
     * they need a place cue even as a colloquial alias — a proper-noun form (apostrophe suffix, capital letter
     * mid-sentence, a whole hashtag) or "mah./mahallesi". The list was drawn from words of the training corpus that
     * are gazetteer keys in İzmir/Kocaeli/İstanbul and appear there as plain words, plus everyday complaint vocabulary.
     */
    static final Set<String> NOUNS = Set.copyOf(java.util.List.of("kesik", "millet", "pasaport", "kordon", "cukur",
            "bebek", "kultur", "reis", "pasa", "iskele", "meclis", "site", "merdivenli", "yazlik", "tahtali", "ferah",
            "irmak", "hamam", "kopru", "firin", "kuyu", "mezarlik", "fabrika", "kanal", "ada", "bostan", "degirmen",
            "kaynak", "havuz", "orman", "saray", "sera", "cesme", "istasyon", "carsi", "pazar", "liman", "sahil",
            "yali", "park", "okul", "cami", "hastane", "saglik", "bahce", "baglar", "bag", "tarla", "koru", "korul",
            "sanayi", "ticaret", "egitim", "universite", "merkez", "ova", "dere", "tepe", "bayir", "kale"));

    static boolean isMahalleMarker(String f) {
        return f.equals("mh") || f.equals("mah") || f.equals("mahh") || f.equals("mhl") || f.equals("mahal")
                || f.startsWith("mahalle") || f.equals("mahllesi") || f.equals("mahlesi");
    }

    /** "cad.", "sokak", "bulvarı" ...: the word before is a street's name. */
    static boolean isStreet(String f) {
        return f.equals("cd") || f.equals("cad") || f.startsWith("cadde") || f.equals("sk") || f.equals("sok")
                || f.startsWith("sokak") || f.startsWith("sokag") || f.startsWith("bulvar") || f.equals("blv");
    }

    /** A facility (park, school, mosque ...) rather than a street. */
    static boolean isFacility(String f) {
        return f.startsWith("park") || f.startsWith("okul") || f.startsWith("lise") || f.startsWith("camii")
                || f.startsWith("koleji") || f.startsWith("stadi") || f.startsWith("bahcesi");
    }

    static boolean isStreetOrPlace(String f) {
        return f.equals("cd") || f.equals("cad") || f.startsWith("cadde") || f.equals("sk") || f.equals("sok")
                || f.startsWith("sokak") || f.startsWith("sokag") || f.startsWith("bulvar") || f.equals("blv")
                || f.equals("bulv") || f.startsWith("meydan") || f.startsWith("parki") || f.startsWith("okulu")
                || f.startsWith("lisesi") || f.startsWith("hastane") || f.startsWith("camii") || f.startsWith("koleji")
                || f.startsWith("bayram") || f.startsWith("stadi") || f.startsWith("universite") || f.startsWith("bahcesi");
    }

}
