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

    static {
        rule("NATURAL_GAS", "dogalgaz|dogal gaz|gaz (koku|kacag|kacak|kaciyor|borusu|sayac)|izmirgaz|izgaz|igdas|gaz vermiyor|kombiye gaz|gaz yok");
        rule("ELECTRICITY", "elektrik(ler)? (yok|kesik|kesil|kesinti|gitti|gidip|gelmiyor|gelecek|ne zaman|faturas|abonel|idaresi|direg|direk)|"
                + "elektrik kesinti|elektrikler|cereyan|trafo|enerji kesinti|gediz|sedas|bedas|ck bogazici|elektrik dagitim|"
                + "sokak lamba\\w* .{0,30}elektrik|(kablo|teller)\\w* (kop|sark|kivilcim)|elektrik arizasi");
        rule("HEALTH", "hastane|mhrs|aile hekim|doktor|acil servis|acilde|randevu bulam|kardiyoloji|poliklinik|nefes alamiyor|bayildi|kalp kriz|"
                + "fenalast|yigildi|yarali(lar)? var|ambulans (lazim|gonder|cagir)|acil ambulans|saglik ocag|eczane");
        rule("POLICE", "hirsiz|calindi|caldilar|calmislar|kavga|bicak|silah|uyusturucu|polis|jandarma|karakol|dovuyor|soyuldu|supheli (sahis|kisi|adam|arac|hareket|paket)|"
                + "havaya ates|taciz|gasp|dolandir|kapilari yokluyor");
        rule("JUSTICE", "mahkeme|dava(m|si|mi|yi| ac|lar)|icra|avukat|adliye|nafaka|haciz|savcilik|adli yardim");
        rule("TELECOM", "internet|fiber|baz istasyon|turk telekom|turkcell|vodafone|superonline|operator|telefonum cekmiyor|cekmiyor|sinyal|"
                + "ttnet|altyapi yok");
        rule("CENTRAL_GOVERNMENT", "emekli maas|pasaport (randevu|basvuru|icin|almak|cikar|harc|islem|yenile)|nufus mudur|kimlik kart|sgk|ehliyet|askerlik|vergi dairesi|tapu mudur|okul nakli|"
                + "ogretmen|asgari ucret|deprem konut|yurt disi cikis|emeklilik basvuru|e-devlet|edevlet|bakanlik|valilik|kaymakamlik|"
                + "meb |milli egitim|cimer|toki");
    }

    private static void rule(String code, String regex) {
        RULES.put(code, Pattern.compile("(?:^| )(?:" + regex + ")"));
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

    /** @return institution code or null. */
    public static String match(String folded) {
        for (Map.Entry<String, Pattern> e : RULES.entrySet()) {
            if (e.getValue().matcher(folded).find()) {
                return e.getKey();
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
