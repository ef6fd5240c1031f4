package tr.hemsehri.nlp.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import tr.hemsehri.nlp.OutOfScope;

/**
 * Messages that belong to another institution, by keyword cues on the folded text, with the institution's public
 * line and the Turkish referral we send. Codes: ELECTRICITY, NATURAL_GAS, HEALTH, POLICE, JUSTICE, TELECOM,
 * CENTRAL_GOVERNMENT.
 */
public final class OutOfScopeRules {

    private static final Map<String, Pattern> RULES = new LinkedHashMap<>();
    private static final java.util.List<String> SOURCES = new java.util.ArrayList<>();
    /** Phrases blanked before a code's cues are looked for: the words are there, the institution is not meant. */
    private static final Map<String, Pattern> MASKS = new LinkedHashMap<>();

    /**
     * Street lighting ("sokak lambası yanmıyor") is the electricity distribution company's job in Turkey (general
     * lighting on public roads, 186); lights inside a park are the municipality's (parks department). The corpus labels
     * follow the same split.
     */
    private static final Pattern STREET_LIGHT = Pattern.compile(
            "(?:^| )(?:(sokak|cadde|yol|sokagin|caddenin|yolun)\\w* (lamba|aydinlatma)\\w*|aydinlatma direg\\w*|direk lamba\\w*)");
    private static final Pattern PARK = Pattern.compile("(?:^| )park");

    /** Emergencies that go to 112 (HEALTH); figurative or thankful uses are dropped by {@link UrgencyRules#notNow}. */
    private static final Pattern HEALTH_EMERGENCY = Pattern.compile("(?:^| )(?:nefes alamiyor( |$)|nefes alamiyorlar|bayildi( |$)|kalp kriz|fenalast|yigildi|"
            + "yarali(lar)? var|ambulans (lazim|gonder|cagir)|acil ambulans|bilinci kapal|112 (mesgul|cevap|acmiyor|ulasam))");

    static {
        rule("NATURAL_GAS", "dogalgaz|dogal gaz|gaz (koku|kacag|kacak|kaciyor|cikiyor|sizinti|borusu|sayac)|izmirgaz|izgaz|igdas|gaz vermiyor|kombiye gaz|gaz yok");
        // digging "for the gas line" in a road complaint is about the road
        mask("NATURAL_GAS", "dogal ?gaz\\w* (icin )?(kazi|kazil|kazdi|calisma)\\w*");
        rule("ELECTRICITY", "elektrik(ler)? (yok|kesik|kesil|kesinti|gitti|gidip|gelmiyor|gelecek|ne zaman|faturas|abonel|idaresi)|"
                + "elektrik direg\\w* (devril|egil|yikil|yan|kivilcim|dus|kop|sallan|yamul|cur)|"
                + "elektrik kesinti|elektrikler|cereyan|trafo|enerji kesinti|gediz|sedas|bedas|ck bogazici|elektrik dagitim|"
                + "(kablo|teller)\\w* (kop|sark|kivilcim)|elektrik arizasi");
        // hospital as a destination ("hastaneye götürdü", "hastaneden eve") is transport, not a hospital complaint
        rule("HEALTH", "hastane(?!ye|den)|mhrs|aile hekim|doktor|acil servis|acilde|randevu bulam|kardiyoloji|poliklinik|saglik ocag|eczane");
        rule("POLICE", "hirsiz|calindi|caldilar|calmislar|kapkac|kavga|bicak(?!ci)|silah|uyusturucu|polis|jandarma|karakol|dovuyor|soyuldu|"
                + "supheli (sahis|kisi|adam|arac|hareket|paket)|havaya ates|taciz|gasp|dolandir|kapilari yokluyor|"
                + "(aku|lastik|arac|araba|motor|bisiklet|teyp|canta|telefon|cuzdan|plaka|jant|ayna)\\w* (\\w+ )?cal(iyor|in|ip|mis|di)\\w*");
        // stolen municipal property (a manhole cover, a bench) is reported to us; a request for "a traffic officer or a light" is a road-safety request
        // music played all night is noise (zabıta), a derelict building used by addicts is a zoning case for us
        mask("POLICE", "(mazgal|rogar|logar|menhol|kapag|kapak|bank|lamba|cop kutu|konteyner|izgara)\\w* (\\w+ )?(calin|cal[dm])\\w*|"
                + "(muzik|muuzik|davul|zurna|korna|org|saz|hoparlor)\\w* (\\w+ )?(cal|calin)\\w*|metruk bina\\w* .{0,20}uyusturucu|"
                + "trafik polis\\w* (ya da|yada|veya|ve) (trafik )?(isik|yaya|kasis|hiz kesici)\\w*|"
                + "(isik|kasis|hiz kesici|yaya gecidi)\\w* (ya da|yada|veya|ve) trafik polis\\w*");
        rule("JUSTICE", "mahkeme|dava(m|si|mi|yi| ac|lar)|icra|avukat|adliye|nafaka|haciz|savcilik|adli yardim");
        // "internetten öderim" is online payment, "sinyalizasyon" is traffic signals
        rule("TELECOM", "internet(?!ten)|fiber|baz istasyon|turk telekom|turkcell|vodafone|superonline|operator|telefonum cekmiyor|cekmiyor|sinyal(?!izasyon)|"
                + "ttnet|altyapi yok");
        rule("CENTRAL_GOVERNMENT", "emekli maas|pasaport (randevu|basvuru|icin|almak|cikar|harc|islem|yenile)|nufus mudur|kimlik kart|sgk|ehliyet|askerlik|vergi dairesi|tapu mudur|okul nakli|"
                + "ogretmen|asgari ucret|deprem konut|yurt disi cikis|emeklilik basvuru|e-devlet|edevlet|bakanlik|valilik|kaymakamlik|"
                + "meb |milli egitim|cimer|toki|goc idare\\w*|ikamet izn\\w*|oturma izn\\w*");
    }

    /** Which institutions' cues may match, in one pass over the text (rule order = bit order). */
    private static final class Index {
        static final CueIndex INDEX = CueIndex.ofRegexes(SOURCES);
        static final String[] CODE_BY_BIT = RULES.keySet().toArray(String[]::new);
        static final Pattern[] PATTERN_BY_BIT = RULES.values().toArray(Pattern[]::new);
    }

    private static void rule(String code, String regex) {
        SOURCES.add(regex);
        RULES.put(code, Pattern.compile("(?:^| )(?:" + regex + ")"));
    }

    private static void mask(String code, String regex) {
        MASKS.put(code, Pattern.compile("(?:^| )(?:" + regex + ")"));
    }

    private static final Map<String, String> NAMES = Map.of(
            "ELECTRICITY", "Elektrik dağıtım şirketi",
            "NATURAL_GAS", "Doğalgaz dağıtım şirketi",
            "HEALTH", "Sağlık Bakanlığı / hastaneler",
            "POLICE", "Emniyet / Jandarma",
            "JUSTICE", "Adalet kurumları (adliye, icra)",
            "TELECOM", "Telekomünikasyon operatörü",
            "CENTRAL_GOVERNMENT", "Merkezi idare (bakanlıklar, kamu kurumları)");

    private static final Pattern EMERGENCY = Pattern.compile(
            "nefes alamiyor|bayildi|kalp kriz|fenalast|yigildi|yarali(lar)? var|ambulans|bilinci kapal|kaza (oldu|gecir)");
    private static final Pattern GENDARMERIE = Pattern.compile("jandarma|koyumuz|koyde|koyumuze|koyun");
    private static final Pattern POLICE_NOW = Pattern.compile("bicak|silah|kavga|dovuyor|ates|soyuldu|su an|simdi|hirsiz (var|girdi)");

    private OutOfScopeRules() {
    }

    /** Cheap pre-check for {@link #HEALTH_EMERGENCY} (plain substring search, no regex on most messages). */
    private static boolean mayBeEmergency(String f) {
        return f.contains("nefes") || f.contains("bayil") || f.contains("kriz") || f.contains("fenalas") || f.contains("yigil")
                || f.contains("yarali") || f.contains("ambulans") || f.contains("bilinc") || f.contains("112");
    }

    /** @return institution code or null. */
    public static String match(String folded) {
        return match(folded, true);
    }

    /** {@code indexed = false} runs every cue pattern: the reference the index is tested against. */
    static String match(String folded, boolean indexed) {
        long candidates = indexed ? Index.INDEX.candidates(folded) : -1L;
        boolean light = folded.contains("lamba") || folded.contains("aydinlatma");
        if (candidates == 0 && !light && !mayBeEmergency(folded)) {
            return null;
        }
        for (int r = 0; r < Index.PATTERN_BY_BIT.length; r++) {
            String code = Index.CODE_BY_BIT[r];
            Pattern cue = Index.PATTERN_BY_BIT[r];
            if (((candidates >>> r) & 1) != 0 && cue.matcher(folded).find()) {
                Pattern mask = MASKS.get(code);
                if (mask == null || cue.matcher(mask.matcher(folded).replaceAll(" ")).find()) {
                    return code;
                }
            }
            if (code.equals("ELECTRICITY") && light && STREET_LIGHT.matcher(folded).find() && !PARK.matcher(folded).find()) {
                return code;
            }
            if (code.equals("HEALTH") && mayBeEmergency(folded) && HEALTH_EMERGENCY.matcher(folded).find()
                    && HEALTH_EMERGENCY.matcher(UrgencyRules.literal(folded)).find() && !UrgencyRules.notNow(folded)) {
                return code;
            }
        }
        return null;
    }

    /** The referral for an institution code; {@code folded} picks the right line (112 vs 182, 155 vs 156, 187). */
    public static OutOfScope referral(String code, String folded, boolean urgent) {
        if (code == null) {
            return null;
        }
        String name = NAMES.getOrDefault(code, code);
        return switch (code) {
            case "ELECTRICITY" -> new OutOfScope(code, name, "186", urgent
                    ? "Kopan kablo veya elektrik tehlikesine yaklaşmayın; hemen 186 Elektrik Arıza Hattı'nı arayın (can tehlikesi varsa 112)."
                    : "Elektrik kesinti ve arızaları belediyemizin değil, bölgenizdeki elektrik dağıtım şirketinin sorumluluğundadır. "
                            + "Lütfen 186 Elektrik Arıza Hattı'nı arayınız.");
            case "NATURAL_GAS" -> new OutOfScope(code, name, "187", urgent || folded.contains("koku") || folded.contains("kacag")
                    ? "Gaz kaçağı hayati tehlike taşır: elektrik düğmelerine dokunmadan ortamı havalandırıp terk edin ve hemen "
                            + "187 Doğalgaz Acil Hattı'nı arayın."
                    : "Doğalgaz kesinti, abonelik ve faturaları bölgenizdeki doğalgaz dağıtım şirketinin sorumluluğundadır. "
                            + "Arıza ve acil durumlar için 187'yi arayınız.");
            case "HEALTH" -> EMERGENCY.matcher(folded).find() || urgent
                    ? new OutOfScope(code, "112 Acil Çağrı Merkezi", "112",
                            "Bu bir tıbbi acil durum ise lütfen vakit kaybetmeden 112 Acil Çağrı Merkezi'ni arayınız.")
                    : new OutOfScope(code, name, "182",
                            "Hastane ve doktor randevuları Sağlık Bakanlığı'nın sorumluluğundadır. Randevu için 182 MHRS "
                                    + "hattını arayabilir veya MHRS uygulamasını kullanabilirsiniz.");
            case "POLICE" -> GENDARMERIE.matcher(folded).find()
                    ? new OutOfScope(code, "Jandarma", "156",
                            "Bu konu Jandarma'nın görev alanındadır. Lütfen 156 Jandarma İhbar Hattı'nı (acil durumda 112) arayınız.")
                    : new OutOfScope(code, name, "155", POLICE_NOW.matcher(folded).find()
                            ? "Can ve mal güvenliği tehlikedeyse hemen 155 Polis İmdat'ı veya 112'yi arayınız."
                            : "Asayiş ve güvenlik konuları Emniyet'in görev alanındadır. Lütfen 155 Polis İmdat hattına bildiriniz.");
            case "JUSTICE" -> new OutOfScope(code, name, null,
                    "Dava, icra ve mahkeme işlemleri belediyemizin yetkisinde değildir. Lütfen ilgili adliyeye veya UYAP "
                            + "Vatandaş Portalı'na (e-Devlet) başvurunuz; genel şikâyetler için CİMER 150.");
            case "TELECOM" -> new OutOfScope(code, name, null,
                    "İnternet, telefon ve altyapı sorunları için abonesi olduğunuz operatörün müşteri hizmetlerine başvurunuz; "
                            + "çözülmezse Bilgi Teknolojileri ve İletişim Kurumu'na (BTK) şikâyette bulunabilirsiniz.");
            case "CENTRAL_GOVERNMENT" -> new OutOfScope(code, name, "150",
                    "Bu konu merkezi idarenin (ilgili bakanlık veya kamu kurumu) yetkisindedir. Başvurunuzu e-Devlet üzerinden "
                            + "ya da CİMER 150 hattı aracılığıyla iletebilirsiniz.");
            default -> new OutOfScope(code, name, null, "Bu konu belediyemizin görev alanı dışındadır.");
        };
    }
}
