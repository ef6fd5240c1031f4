package tr.hemsehri.nlp.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Urgency cues: life, health, safety or property at stake now. Patterns run on the folded, lower-cased text
 * (ASCII, apostrophe suffixes removed, single spaces), so "Çatı uçtu" and "cati uctu" both match. Returns a reason
 * code (see {@link #REASONS}) or null.
 */
public final class UrgencyRules {

    /** Reason codes and the Turkish text the moderator sees. */
    public static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("GAS_LEAK", "Gaz kaçağı şüphesi");
        REASONS.put("FIRE_RESCUE", "Yangın veya mahsur kalma");
        REASONS.put("MEDICAL_EMERGENCY", "Tıbbi acil durum");
        REASONS.put("FUNERAL", "Cenaze hizmeti (zaman kritik)");
        REASONS.put("PATIENT_TRANSPORT", "Hasta nakli");
        REASONS.put("ANIMAL_INJURED", "Yaralı veya mahsur hayvan");
        REASONS.put("FLOODING", "Su baskını / ana boru patlağı");
        REASONS.put("STRUCTURAL_COLLAPSE", "Çökme, heyelan veya yıkılma tehlikesi");
        REASONS.put("FALLEN_TREE", "Devrilen ağaç yolu kapatıyor");
        REASONS.put("OPEN_MANHOLE", "Açık rögar / kapak tehlikesi");
        REASONS.put("ROOF_DAMAGE", "Çatı uçması");
        REASONS.put("ELECTRIC_HAZARD", "Kopuk kablo / elektrik çarpma tehlikesi");
    }

    private static final String ANIMAL = "(kedi|kopek|kopeg|yavru|hayvan|kus|marti|kuzu|inek|esek|at |kopekc|kedic|yavrus)";

    private static final Map<String, Pattern> RULES = new LinkedHashMap<>();

    static {
        rule("GAS_LEAK", "gaz (koku|kacag|kacak|kaciyor|cikiyor|sizinti)|dogalgaz koku|gaz borusu(nu)? (patla|del)|(borusu|boru) patladi,? gaz");
        rule("FIRE_RESCUE", "yangin (var|cikti|basladi)|yanglin|alev(ler)? (ald|gor|yuksel|cik)|alev ald|(cati|bina|ev|arazi|orman)\\w* yaniyor|"
                + "kara duman|duman (yuksel|cikiyor|sardi|her yer)|asansorde mahsur|mahsur kal\\w*|kilitli kal\\w*|itfaiye gonder|acil itfaiye");
        rule("MEDICAL_EMERGENCY", "nefes alamiyor|bayildi|kalp kriz|fenalast|yere yigil|yigildi|yaralilar var|yarali var|bilinci kapal|"
                + "ambulans (lazim|gonder|cagir)|acil ambulans|zehirlen");
        rule("FUNERAL", "cenaze(miz)?( (arac|yika|hizmet|nakil|islem|icin|var|bekl))|cenazemiz|cenaze islem|defin|"
                + "rahmetine kavus.{0,60}(cenaze|islem|arac|kime)|taziye (cadir|icin)|vefat et\\w*.{0,50}(cenaze|arac|defin|yika|nakil|taziye|cadir)");
        rule("PATIENT_TRANSPORT", "hasta nakil|nakil arac|hasta nakli|yatalak|yataga bagimli|diyaliz|felcli|yuruyemeyen|yuruyemiyor|kemoterapi");
        rule("ANIMAL_INJURED", ANIMAL + "\\w* .{0,40}(yarali|ezil|kanlar|bacagi kiril|kirik bacak|sikis|mahsur|dustu|cikamiyor|kurtar|aci icinde|"
                + "olmek uzere|can cekis)|(yarali|ezil\\w*|sikis\\w*|mahsur|carp\\w*|dus\\w*) .{0,40}" + ANIMAL
                + "|cirpiniyor");
        rule("FLOODING", "su bast|sular? (evlere|eve|ice|iceri|dukkan)\\w* (gir|dol)|evlere su|su (dolu|doldu|doluyor)|"
                + "(ana|isale|sebeke|dev) (boru|borusu|hatti|hat) patla|boru patla.{0,40}(ev|bodrum|dukkan|sokak nehir)|sel (suyu|bast|oldu)|pis su doldu|"
                + "kanalizasyon tasti.{0,20}(ev|ice)");
        rule("STRUCTURAL_COLLAPSE", "istinat|duvar\\w* (cok|yikil|cokmek|cokecek|yikilacak|yikildi)|heyelan|toprak kay|sev kay|"
                + "yol (cok|gocu)|yolu?n? (yarisi )?(coktu|cokmus|gocmus|goctu)|kaya\\w* (yola )?(dus|yuvar)|bina (cokuyor|cokecek|cokmek)|cokmek uzere|"
                + "catliyor|coktu");
        rule("FALLEN_TREE", "agac\\w* (devril|yikil|dustu|yola dus|devrildi)|devrilen agac|(dal|dali|dallari) (kirilip|kirildi|yola dus)|"
                + "yola (yikildi|devrildi)|(cinar|okaliptus|cam|kavak)\\w* .{0,30}(yola|ortasina) (dustu|yikildi|devrildi)");
        rule("OPEN_MANHOLE", "(rogar|logar|menhol|kanalizasyon|mazgal) (kapag|kapak)\\w* (acik|yok|yerinde yok|calin|kirik|kirilmis)|acik (rogar|logar|menhol)|"
                + "(rogar|logar|menhol|kanalizasyon) kapagi (yerinde )?yok");
        rule("ROOF_DAMAGE", "cati\\w* (uctu|ucmus|soktu|sokuldu|kaldirdi|gitti)|catimiz uctu|catiyi (soktu|kaldirdi)|sac(lar| levhalar)? (sokakta|ucuyor|sallaniyor)");
        rule("ELECTRIC_HAZARD", "(kablo|kablolar|tel|teller)\\w* (kop|sark|yerde|kivilcim|yola)|kivilcim (sac|cikar)|elektrik direg\\w* (devril|yikil)|"
                + "direk devril|trafo (kivilcim|yaniyor|patla)");
    }

    /** "Not now" contexts: training/info requests about a dangerous topic are not urgent. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "tatbikat|egitim|tupu|uygunluk raporu|sigorta|gecen (yil|ay|hafta)");

    private static void rule(String reason, String regex) {
        RULES.put(reason, Pattern.compile("(?:^| )(?:" + regex + ")"));
    }

    private UrgencyRules() {
    }

    /** @param folded lower-case ASCII-folded words joined by single spaces. @return reason code or null. */
    public static String match(String folded) {
        for (Map.Entry<String, Pattern> e : RULES.entrySet()) {
            if (e.getValue().matcher(folded).find()) {
                if (NOT_NOW.matcher(folded).find() && !e.getKey().equals("GAS_LEAK")) {
                    continue;
                }
                return e.getKey();
            }
        }
        return null;
    }

    public static String describe(String code) {
        return code == null ? null : REASONS.getOrDefault(code, code);
    }
}
