package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Hand-written Turkish cue lexicon as features, so the models generalise beyond the training phrasings: intent cues
 * (praise, request verbs and question particles, negative verb forms, frustration) and department topic cues. Cues
 * match folded word prefixes ("tesekkur" matches "teşekkürler", "tşk" is listed separately); suffix cues match word
 * endings ("-madi", "-abilir").
 */
public class LexiconFeatureGenerator implements FeatureGenerator {

    private static final String[][] PREFIX_CUES = {
            {"praise", "tesekkur", "tsk", "sagol", "sag ol", "sagolun", "eline saglik", "elinize saglik", "emeg", "helal", "allah razi",
                    "minnettar", "tebrik", "harika", "muhtesem", "bravo", "eyvallah", "gurur", "keyifli", "mutlu", "takdir", "begendik",
                    "cok guzel", "guzel olmus", "iyi ki", "selam olsun", "kolay gelsin", "saygi", "super", "mukemmel", "memnun",
                    "ilk defa", "ilk kez", "emegi gecen", "takdire sayan", "sahane", "minnet", "cok iyi oldu", "iyi oldu",
                    "kahraman", "sagolsun", "sag olsun", "duyarli", "nazik", "rahatladi", "mis gibi", "piril"},
            {"request", "istiyor", "istiyoruz", "istiyorum", "talep", "rica", "nasil", "nereye", "nereden", "hangi", "lazim", "gonderin",
                    "gonderebilir", "yapilsin", "yapilmasini", "konulmasini", "konulabilir", "yapilabilir", "mumkun", "ogrenebilir",
                    "bilgi", "basvur", "randevu", "kayit", "gerekli", "gerekiyor", "arz", "yardimci olur", "destek olur", "bekliyoruz",
                    "lutfen", "ltf", "pls", "please", "bekliyorum", "acaba", "ne zaman", "olur mu", "ister", "ihtiyac", "kime"},
            {"problem", "yok", "bozuk", "kirik", "rezalet", "berbat", "bikt", "yeter", "kimse", "hala", "sikayet", "magdur",
                    "ilgisiz", "ayip", "yazik", "skandal", "felaket", "kesik", "kesil", "patla", "tasti", "tasiyor", "koku", "pis",
                    "cop dag", "olmuyor", "calismiyor", "haksiz", "fahis", "kaba", "gecik", "saatlerdir", "gundur", "haftadir",
                    "aylardir", "yillardir", "surekli", "hic ", "cile", "dayanilmaz", "tehlike"}};

    private static final String[] REQUEST_SUFFIX = {"abilir", "ebilir", "misiniz", "musunuz", "misin", "abilirmiyiz", "sin"};
    /** Optative/imperative 3rd person ("yapılsın", "konulsun", "değiştirilsin") and 2nd person plural ("gönderin"). */
    private static final String[] OPTATIVE_SUFFIX = {"ilsin", "ulsun", "insin", "unsun", "ilsun", "ulsin", "sin", "sun"};
    private static final String[] QUESTION_PARTICLES = {"mi", "mu", "miyiz", "muyuz", "misiniz", "musunuz", "miyim", "muyum", "midir",
            "mudur", "mii", "miydi"};
    private static final java.util.Set<String> CONTRAST = java.util.Set.of("ama", "fakat", "ancak", "lakin", "yalniz", "ragmen",
            "halbuki", "oysa", "ama.", "amaa");
    private static final java.util.Set<String> PERSIST = java.util.Set.of("hala", "yine", "gene", "hic", "artik", "hep", "hic.",
            "defa", "kez", "surekli", "her");
    private static final String[] NEGATIVE_SUFFIX = {"madi", "medi", "miyor", "muyor", "miyo", "muyo", "mamis", "memis",
            "miyoruz", "mayacak", "meyecek", "amiyor", "emiyor", "amiyoruz", "emiyoruz", "madik", "medik"};

    private static final String[][] TOPICS = {
            {"WATER", "su ", "sular", "suyu", "suyun", "izsu", "iski", "isu", "musluk", "boru", "kanalizasyon", "rogar", "logar", "lagim",
                    "sayac", "abonel", "fatura", "foseptik", "mazgal", "izgara", "sebeke", "tazyik", "basinc", "cesme", "hidrofor", "vana",
                    "su depo", "tanker", "atik su", "kirec", "bulanik", "susuz", "kesinti"},
            {"TRANSPORT", "otobus", "durak", "sofor", "metro", "tramvay", "vapur", "eshot", "sefer", "hat ", "hatti", "kart",
                    "dolmus", "minibus", "trafik", "kavsak", "sinyalizasyon", "yaya gecid", "banliyo", "izban", "marmaray", "ulasim",
                    "otopark", "bisiklet", "aktarma", "metrobus", "iett", "akcaray", "ulasimpark", "rotar", "guzergah", "vasita", "iskele",
                    "yolcu", "bilet makine", "kentkart", "izmirim kart"},
            {"PUBLIC_WORKS", "yol", "asfalt", "cukur", "kaldirim", "parke", "merdiven", "korkuluk", "kazi", "istinat", "duvar",
                    "heyelan", "kopru", "stabilize", "yama", "rampa", "cati", "kasis", "gocuk", "micir", "bordur", "altyapi", "menfez",
                    "yokus", "fen isleri", "kilit parke", "toprak yol", "camur"},
            {"CLEANING", "cop", "konteyner", "temizlik", "supur", "moloz", "atik", "geri donusum", "pislik", "kirli", "cop kamyon",
                    "cop araci", "koku", "kumbara", "poset", "supurge", "cop torba", "yikan"},
            {"PARKS", "park", "salincak", "agac", "cim", "yesil alan", "bank", "budan", "fidan", "cicek", "sulama", "oyun alan",
                    "dal", "bahce", "kamelya", "tarh", "bahcivan", "spor alet", "kaydirak", "tahterevalli", "kent orman", "piknik"},
            {"MUNICIPAL_POLICE", "zabita", "seyyar", "isgal", "gurultu", "muzik", "ekmek", "gramaj", "etiket", "dilenci", "ruhsatsiz isyeri",
                    "pazarci", "kafe", "restoran", "dukkan", "isyeri", "denetim", "hijyen", "kahvehane", "dugun salon", "isportaci",
                    "nargile", "tezgah", "tarti", "terazi", "fiyat", "esnaf", "bar ", "barlar", "kasap", "firin"},
            {"VETERINARY", "kopek", "kedi", "hayvan", "veteriner", "kisirlas", "asi", "mama", "barinak", "kuduz", "yavru", "sahiplen",
                    "marti", "kuzu", "kus", "guvercin", "hayvansever", "klinik", "havliyor", "isirdi", "sokak kopek"},
            {"SOCIAL_SERVICES", "yardim", "koli", "erzak", "engelli", "yasli", "bakim", "burs", "kres", "asevi", "komur", "muhtac",
                    "evsiz", "sosyal", "yetim", "dul", "tekerlekli", "gida", "yurt", "kirtasiye", "evde bakim", "halk kart", "erzak",
                    "yardim kolisi", "muhtac"},
            {"HEALTH", "ilacla", "sivrisinek", "sinek", "hamambocek", "fare", "hasere", "pire", "kene", "hasta nakil", "nakil arac",
                    "hasta", "diyaliz", "kemoterapi", "yatalak", "tarama", "larva", "bocek", "hamam bocek"},
            {"FUNERAL", "cenaze", "vefat", "defin", "mezar", "taziye", "rahmet", "kaybettik", "olum", "gasil", "tabut"},
            {"FIRE", "yangin", "itfaiye", "alev", "duman", "mahsur", "baca", "yaniyor", "kilitli kal", "tatbikat", "tup"},
            {"ZONING", "imar", "ruhsat", "kacak yapi", "kacak kat", "iskan", "parsel", "metruk", "kentsel donusum", "tapu", "insaat",
                    "hafriyat", "proje", "arsa"},
            {"CULTURE", "konser", "tiyatro", "kurs", "kutuphane", "festival", "etkinlik", "sergi", "sinema", "kultur", "kitap",
                    "sanat", "muze", "bilet", "atolye", "genclik merkez", "organizasyon", "gosteri", "oyun"},
            {"OTHER", "belediye", "baskan", "cagri merkez", "beyaz masa", "web site", "emlak vergi", "nikah", "personel", "cevap"}};

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        StringBuilder sb = new StringBuilder(" ");
        List<String> words = new ArrayList<>(text.length);
        for (String t : text) {
            if (!t.startsWith(DocumentTokens.MARK)) {
                String f = TurkishNormalizer.fold(t);
                words.add(f);
                sb.append(f).append(' ');
            }
        }
        String all = sb.toString();
        List<String> out = new ArrayList<>();
        int[] listHits = CUES.count(all);
        int[] cueHits = new int[PREFIX_CUES.length];
        for (int c = 0; c < PREFIX_CUES.length; c++) {
            String[] cue = PREFIX_CUES[c];
            int hits = listHits[c];
            cueHits[c] = hits;
            if (hits > 0) {
                out.add("lex=" + cue[0]);
                if (hits > 1) {
                    out.add("lex2=" + cue[0]);
                }
            }
        }
        boolean question = false, contrast = false, persist = false, optative = false, neg = false;
        int lastContrast = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (endsWithAny(w, REQUEST_SUFFIX) || w.equals("mi") || w.equals("mu")) {
                out.add("lex=reqform");
            }
            if (endsWithAny(w, NEGATIVE_SUFFIX)) {
                out.add("lex=negverb");
                neg = true;
            }
            if (isAny(w, QUESTION_PARTICLES)) {
                question = true;
                if (i > 0 && (words.get(i - 1).endsWith("abilir") || words.get(i - 1).endsWith("ebilir"))) {
                    out.add("lex=canyou"); // "yapılabilir mi", "gönderebilir mi"
                }
            }
            if (CONTRAST.contains(w)) {
                contrast = true;
                lastContrast = i;
            }
            if (PERSIST.contains(w)) {
                persist = true;
            }
            if (w.length() > 5 && endsWithAny(w, OPTATIVE_SUFFIX) && !w.endsWith("misin") && !w.endsWith("isin")) {
                optative = true;
            }
        }
        if (question) {
            out.add("lex=qparticle");
        }
        if (optative) {
            out.add("lex=optative");
        }
        if (persist) {
            out.add("lex=persist");
        }
        boolean praise = cueHits[0] > 0;
        boolean request = cueHits[1] > 0 || question || optative;
        boolean problem = cueHits[2] > 0 || neg;
        if (contrast) {
            out.add("lex=contrast");
            // the clause after the last contrast word carries the intent ("teşekkürler ama hâlâ su yok")
            StringBuilder tail = new StringBuilder(" ");
            for (int i = lastContrast + 1; i < words.size(); i++) {
                tail.append(words.get(i)).append(' ');
            }
            String t = tail.toString();
            boolean tailNeg = false;
            for (int i = lastContrast + 1; i < words.size(); i++) {
                tailNeg |= endsWithAny(words.get(i), NEGATIVE_SUFFIX);
            }
            int[] tailHits = CUES.count(t);
            if (tailHits[2] > 0 || tailNeg) {
                out.add("tail=problem");
            }
            if (tailHits[1] > 0) {
                out.add("tail=request");
            }
            if (tailHits[0] > 0) {
                out.add("tail=praise");
            }
        }
        if (praise && problem) {
            out.add("mix=praise+problem");
        }
        if (praise && request) {
            out.add("mix=praise+request");
        }
        if (praise && persist) {
            out.add("mix=praise+persist"); // "harika, yine su yok", "ilk defa bu kadar hızlı"
        }
        if (praise && !problem && !request) {
            out.add("mix=praise_only");
        }
        for (int k = 0; k < TOPICS.length; k++) {
            String[] topic = TOPICS[k];
            int hits = listHits[PREFIX_CUES.length + k];
            if (hits > 0) {
                out.add("topic=" + topic[0]);
                if (hits > 1) {
                    out.add("topic2=" + topic[0]);
                }
            }
        }
        return out;
    }

    /** The intent cue lists, then the topic lists, in one word-start matcher. */
    private static final WordStartCues CUES;

    static {
        List<String[]> lists = new ArrayList<>(java.util.Arrays.asList(PREFIX_CUES));
        lists.addAll(java.util.Arrays.asList(TOPICS));
        CUES = new WordStartCues(lists);
    }

    /** What {@link WordStartCues} answers, the plain way: the reference it is tested against. */
    static int count(String all, String[] cue) {
        int n = 0;
        for (int i = 1; i < cue.length; i++) {
            if (all.contains(" " + cue[i])) {
                n++;
            }
        }
        return n;
    }

    static String[][] cueLists() {
        List<String[]> lists = new ArrayList<>(java.util.Arrays.asList(PREFIX_CUES));
        lists.addAll(java.util.Arrays.asList(TOPICS));
        return lists.toArray(String[][]::new);
    }

    private static boolean isAny(String w, String[] xs) {
        for (String x : xs) {
            if (w.equals(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String w, String[] suf) {
        for (String s : suf) {
            if (w.length() > s.length() + 1 && w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
