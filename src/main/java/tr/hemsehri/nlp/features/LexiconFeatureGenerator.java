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
                    "cok guzel", "guzel olmus", "iyi ki", "selam olsun", "kolay gelsin", "saygi", "super", "mukemmel", "memnun"},
            {"request", "istiyor", "istiyoruz", "istiyorum", "talep", "rica", "nasil", "nereye", "nereden", "hangi", "lazim", "gonderin",
                    "gonderebilir", "yapilsin", "yapilmasini", "konulmasini", "konulabilir", "yapilabilir", "mumkun", "ogrenebilir",
                    "bilgi", "basvur", "randevu", "kayit", "gerekli", "gerekiyor", "arz", "yardimci olur", "destek olur", "bekliyoruz"},
            {"problem", "yok", "bozuk", "kirik", "rezalet", "berbat", "bikt", "yeter", "kimse", "hala", "sikayet", "magdur",
                    "ilgisiz", "ayip", "yazik", "skandal", "felaket", "kesik", "kesil", "patla", "tasti", "tasiyor", "koku", "pis",
                    "cop dag", "olmuyor", "calismiyor", "haksiz", "fahis", "kaba", "gecik", "saatlerdir", "gundur", "haftadir",
                    "aylardir", "yillardir", "surekli", "hic ", "cile", "dayanilmaz", "tehlike"}};

    private static final String[] REQUEST_SUFFIX = {"abilir", "ebilir", "misiniz", "musunuz", "misin", "abilirmiyiz", "sin"};
    private static final String[] NEGATIVE_SUFFIX = {"madi", "medi", "miyor", "muyor", "miyo", "muyo", "mamis", "memis",
            "miyoruz", "mayacak", "meyecek", "amiyor", "emiyor", "amiyoruz", "emiyoruz", "madik", "medik"};

    private static final String[][] TOPICS = {
            {"WATER", "su ", "sular", "suyu", "suyun", "izsu", "iski", "isu", "musluk", "boru", "kanalizasyon", "rogar", "logar", "lagim",
                    "sayac", "abonel", "fatura", "foseptik", "mazgal", "izgara", "sebeke", "tazyik", "basinc", "cesme"},
            {"TRANSPORT", "otobus", "durak", "sofor", "metro", "tramvay", "vapur", "eshot", "sefer", "hat ", "hatti", "kart",
                    "dolmus", "minibus", "trafik", "kavsak", "sinyalizasyon", "yaya gecid", "banliyo", "izban", "marmaray", "ulasim",
                    "otopark", "bisiklet", "aktarma"},
            {"PUBLIC_WORKS", "yol", "asfalt", "cukur", "kaldirim", "parke", "merdiven", "korkuluk", "kazi", "istinat", "duvar",
                    "heyelan", "kopru", "stabilize", "yama", "rampa", "cati", "kasis"},
            {"CLEANING", "cop", "konteyner", "temizlik", "supur", "moloz", "atik", "geri donusum", "pislik", "kirli", "cop kamyon",
                    "cop araci", "koku"},
            {"PARKS", "park", "salincak", "agac", "cim", "yesil alan", "bank", "budan", "fidan", "cicek", "sulama", "oyun alan",
                    "dal", "bahce"},
            {"MUNICIPAL_POLICE", "zabita", "seyyar", "isgal", "gurultu", "muzik", "ekmek", "gramaj", "etiket", "dilenci", "ruhsatsiz isyeri",
                    "pazarci", "kafe", "restoran", "dukkan", "isyeri", "denetim", "hijyen", "kahvehane", "dugun salon"},
            {"VETERINARY", "kopek", "kedi", "hayvan", "veteriner", "kisirlas", "asi", "mama", "barinak", "kuduz", "yavru", "sahiplen",
                    "marti", "kuzu", "kus"},
            {"SOCIAL_SERVICES", "yardim", "koli", "erzak", "engelli", "yasli", "bakim", "burs", "kres", "asevi", "komur", "muhtac",
                    "evsiz", "sosyal", "yetim", "dul", "tekerlekli", "gida", "yurt"},
            {"HEALTH", "ilacla", "sivrisinek", "sinek", "hamambocek", "fare", "hasere", "pire", "kene", "hasta nakil", "nakil arac",
                    "hasta", "diyaliz", "kemoterapi", "yatalak", "tarama"},
            {"FUNERAL", "cenaze", "vefat", "defin", "mezar", "taziye", "rahmet", "kaybettik", "olum", "gasil", "tabut"},
            {"FIRE", "yangin", "itfaiye", "alev", "duman", "mahsur", "baca", "yaniyor", "kilitli kal", "tatbikat", "tup"},
            {"ZONING", "imar", "ruhsat", "kacak yapi", "kacak kat", "iskan", "parsel", "metruk", "kentsel donusum", "tapu", "insaat",
                    "hafriyat", "proje", "arsa"},
            {"CULTURE", "konser", "tiyatro", "kurs", "kutuphane", "festival", "etkinlik", "sergi", "sinema", "kultur", "kitap",
                    "sanat", "muze", "bilet"},
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
        for (String[] cue : PREFIX_CUES) {
            int hits = count(all, cue);
            if (hits > 0) {
                out.add("lex=" + cue[0]);
                if (hits > 1) {
                    out.add("lex2=" + cue[0]);
                }
            }
        }
        for (String w : words) {
            if (endsWithAny(w, REQUEST_SUFFIX) || w.equals("mi") || w.equals("mu")) {
                out.add("lex=reqform");
            }
            if (endsWithAny(w, NEGATIVE_SUFFIX)) {
                out.add("lex=negverb");
            }
        }
        for (String[] topic : TOPICS) {
            int hits = count(all, topic);
            if (hits > 0) {
                out.add("topic=" + topic[0]);
                if (hits > 1) {
                    out.add("topic2=" + topic[0]);
                }
            }
        }
        return out;
    }

    private static int count(String all, String[] cue) {
        int n = 0;
        for (int i = 1; i < cue.length; i++) {
            if (all.contains(" " + cue[i])) {
                n++;
            }
        }
        return n;
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
