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

    private static final String ANIMAL = "\\b(kedi|kopek|kopeg|yavru|hayvan|kus|marti|kuzu|inek|esek|at|kopekc|kedic|yavrus)";
    /** Condition words of a patient who cannot travel alone; they need a transport cue to mean "send a vehicle". */
    private static final String BEDRIDDEN = "(yatalak|yataga bagimli|diyaliz|felcli|yuruyemeyen|yuruyemiyor|kemoterapi)";

    private static final Map<String, Pattern> RULES = new LinkedHashMap<>();
    private static final java.util.List<String> SOURCES = new java.util.ArrayList<>();
    /** Costly cue combinations (".{0,80}" between two word lists), only tried when one of the gate words occurs. */
    private static final Map<String, Gated> GATED = new java.util.HashMap<>();

    static {
        rule("GAS_LEAK", "gaz (koku|kacag|kacak|kaciyor|cikiyor|sizinti)|dogalgaz koku|gaz borusu(nu)? (patla|del)|(borusu|boru) patladi,? gaz");
        rule("FIRE_RESCUE", "yangin (var|cikti|basladi)|yanglin|alev(ler)? (ald|gor|yuksel|cik)|alev ald|(cati|bina|ev|arazi|orman)\\w* yaniyor|"
                + "kara duman|duman (yuksel|cikiyor|sardi|her yer)|asansorde (mahsur|kal|kilit)\\w*|mahsur kal\\w*|kilitli kal\\w*|"
                + "havasiz kal\\w*|itfaiye gonder|acil itfaiye|itfaiye (indir|kurtar|cikar|gelsin|lazim|istiyoruz)\\w*");
        gated("FIRE_RESCUE", new String[] {"tepesin", "ustunde"},
                ANIMAL + "\\w* .{0,40}\\b(direg|agac|cati|kule)\\w* (tepesinde|ustunde|tepesine)");
        rule("MEDICAL_EMERGENCY", "nefes alamiyor( |$)|nefes alamiyorlar|bayildi( |$)|kalp kriz|fenalast|yere yigil|yigildi|yaralilar var|yarali var|bilinci kapal|"
                + "ambulans (lazim|gonder|cagir)|acil ambulans|(?<!(kedi|kopek|hayvan|kus)ler )zehirlen");
        rule("FUNERAL", "cenaze(miz)?( (arac|yika|hizmet|nakil|islem|icin|var|bekl))|cenazemiz|cenaze islem|defin|"
                + "rahmetine kavus.{0,60}(cenaze|islem|arac|kime)|taziye (cadir|icin)|vefat et\\w*.{0,50}(cenaze|arac|defin|yika|nakil|taziye|cadir)");
        rule("PATIENT_TRANSPORT", "hasta nakil|nakil arac|hasta nakli");
        gated("PATIENT_TRANSPORT", new String[] {"yatalak", "yataga", "diyaliz", "felcli", "yuruyem", "kemoterapi"},
                BEDRIDDEN + ".{0,80}\\b(nakil|nakl|arac|ambulans|gotur|hastane|gidecek|gitmesi|gidemiyor|tasi)|"
                + "\\b(nakil|nakl|arac|ambulans|gotur|hastane|gidecek|gitmesi|tasi)\\w* .{0,80}" + BEDRIDDEN);
        rule("ANIMAL_INJURED", ANIMAL + "\\w* .{0,40}\\b(yarali|ezil|kanlar|bacagi kiril|kirik bacak|sikis|mahsur|dustu|cikamiyor|kurtar|aci icinde|"
                + "olmek uzere|can cekis)|\\b(yarali|ezil\\w*|sikis\\w*|mahsur|carp\\w*|dus\\w*) .{0,40}" + ANIMAL + "( |$)"
                + "|cirpiniyor");
        rule("FLOODING", "su bast|sular? (evlere|eve|ice|iceri|dukkan)\\w* (gir|dol)|evlere su|su (dolu|doldu|doluyor)|"
                + "(bodrum|kat|ev|dukkan|ahir|garaj)\\w* (\\w+ )?basti|su diz boy|diz boyu su|"
                + "(ana|isale|sebeke|dev) (boru|borusu|hatti|hat) patla|boru patla.{0,40}(ev|bodrum|dukkan|sokak nehir)|sel (suyu|bast|oldu)|pis su doldu|"
                + "kanalizasyon tasti.{0,20}(ev|ice)");
        rule("STRUCTURAL_COLLAPSE", "istinat|duvar\\w* (cok|yikil|cokmek|cokecek|yikilacak|yikildi)|heyelan|toprak kay|sev kay|"
                + "yol (cok|goct|gocmus|gocuyor)|yolu?n? (\\w+ )?(coktu|cokmus|gocmus|goctu)|kaya\\w* (yola )?(dus|yuvar)|bina (cokuyor|cokecek|cokmek)|cokmek uzere|"
                + "catliyor|coktu");
        rule("FALLEN_TREE", "(agac|cinar|okaliptus|cam|kavak|dut|ceviz|sogut)\\w* (devril(?!meden)|yikil|dustu|yola dus)|devrilen agac|(dal|dali|dallari) (kirilip|kirildi|yola dus)|"
                + "yola (yikildi|devrildi)|(cinar|okaliptus|cam|kavak)\\w* .{0,30}(yola|ortasina) (dustu|yikildi|devrildi)");
        rule("OPEN_MANHOLE", "(rogar|logar|menhol|kanalizasyon|mazgal)\\w* (kapag|kapak)\\w* (\\w+ )?(acik|yok|yerinde yok|calin|calmis|kirik|kiril)|"
                + "acik (rogar|logar|menhol)|(rogar|logar|menhol|kanalizasyon) kapagi (yerinde )?yok|"
                + "(rogar|logar|menhol|mazgal)\\w* .{0,40}(ici acik|cukur acik)");
        rule("ROOF_DAMAGE", "cati\\w* (uctu|ucmus|soktu|sokuldu|kaldirdi|gitti|ucurdu|yarisini|hepsini)|catimiz uctu|catiyi (soktu|kaldirdi)|"
                + "sac(lar| levhalar)? (sokakta|ucuyor|sallaniyor)|kiremit\\w* (ucu|yag|dokul|sokak)");
        rule("ELECTRIC_HAZARD", "(kablo|kablolar|tel|teller)\\w* (kop|sark|yerde|kivilcim|yola)|kivilcim (sac|cikar)|elektrik direg\\w* (devril|yikil)|"
                + "direk devril|trafo (kivilcim|yaniyor|alev|duman)");
    }

    /** "Not now" contexts: training/info requests about a dangerous topic are not urgent (gas leaks excepted). */
    private static final Pattern INFO = Pattern.compile("(?:^| )(?:tatbikat|egitim|tupu|uygunluk raporu|sigorta)");

    /**
     * Words that turn the message to another point: what comes after the last one is what the message is about
     * ("sağ olun geldiniz ama ağaç devrildi", "teşekkürler, bir de şu ...").
     */
    private static final Pattern CONTRAST = Pattern.compile(
            "(?:^| )(?:ama|fakat|ancak|lakin|ayrica|bir de|(?<=(tesekkurler|tesekkur ederim|tesekkur ederiz|sag olun|sagolun) )yalniz)(?= |$)");

    /** Signs that something is happening now and help is wanted: these always keep a message urgent. */
    private static final Pattern NOW = Pattern.compile("(?:^| )(?:acil\\w*|hemen(?! \\w+(d|t)(i|u)(lar|ler|k|niz)?( |$))|cabuk|imdat|yardim (edin|et|lazim|istiyoruz)|"
            + "ne olur|su an|simdi( |$)|gonderin|gonderir|yetisin|yollayin|bekliyoruz|bekliyor|lazim|rica|talep|istiyoruz|"
            + "kaldirilmasini|kapatilmasini|gelin( |$)|\\w+abilir mi|\\w+ebilir mi|\\w+abilir misiniz|\\w+ebilir misiniz)");

    /**
     * Praise and gratitude: an ambulance crew that was kind, children who "fainted" (= loved it), a funeral service
     * that was thanked. Not "teşekkürler" alone: "şimdiden teşekkürler" closes many urgent requests.
     */
    private static final Pattern PRAISE = Pattern.compile("(?:^| )(?:minnettar\\w*|razi olsun|eline saglik|ellerinize saglik|"
            + "emeginize saglik|emegi gecen|helal olsun|bravo|tebrik\\w*|harika|muhtesem\\w*|super|cok guzel|naziklerdi|"
            + "nazik\\w* davran|ilgiliydi|hizliydi|ilgilendiniz|cok hizli|(sonsuz|cok) tesekkur\\w*|yalniz birakmadiniz|sag olsun|sagolsun|iyi ki|(ekib|ekiplerin|personel|calisan|soforun)\\w* (\\w+ )?tesekkur\\w*|"
            + "bayildik|bayildim|bayildilar)");

    /**
     * The event is over or old: resolved ("düzeltildi"), in the past ("geçen ay"), or lasting for months (a road that
     * "collapsed" a month ago is a pothole complaint, not an emergency), or asking who pays for the damage.
     */
    private static final Pattern PAST = Pattern.compile("(?:^| )(?:gecen (yil|ay|hafta|sene|kis|gun)|gecenlerde|gecen haftaki|"
            + "duzeltildi|duzelttiniz|giderildi|onarildi|onardiniz|tamir edildi|tamir ettiniz|halledildi|hallettiniz|cozuldu|"
            + "(\\d+|bir|iki|uc|dort|bes|alti) (aydir|yildir|senedir|ay once|yil once|sene once)|aylardir|yillardir|senelerdir|"
            + "kim (sorumlu|odeyecek|karsilayacak))");

    /** Happening again: a past cue does not make it old. */
    private static final Pattern AGAIN = Pattern.compile("(?:^| )(?:yine|gene|tekrar|bir daha|yeniden)(?= |$)");

    /** Figures of speech that look like emergencies ("fiyatlar alev aldı", "kalp krizi geçirteceksiniz"). */
    private static final Pattern FIGURATIVE = Pattern.compile("(?:^| )(?:(fiyat|zam|fatura|kira|piyasa)\\w* .{0,20}alev|"
            + "kalp krizi gecirt\\w*|(site|sistem|uygulama|sunucu|server|internet)\\w* (coktu|cokmus)|krize sok\\w*|\\w+[^dt ](a|e) bayildi( |$)|\\w+y(a|e) bayildi( |$))");

    private static void rule(String reason, String regex) {
        RULES.put(reason, Pattern.compile("(?:^| )(?:" + regex + ")"));
        SOURCES.add(regex);
    }

    /**
     * Which rules may match, in one pass over the text (rule order = bit order): most messages carry no cue at all
     * and are answered without running any of the rule patterns.
     */
    private static final class Index {
        static final CueIndex INDEX = CueIndex.ofRegexes(SOURCES);
        static final String[] REASON_BY_BIT = RULES.keySet().toArray(String[]::new);
        static final Pattern[] PATTERN_BY_BIT = RULES.values().toArray(Pattern[]::new);
    }

    private record Gated(String[] gate, Pattern pattern) {
        boolean find(String text) {
            for (String g : gate) {
                if (text.contains(g)) {
                    return pattern.matcher(text).find();
                }
            }
            return false;
        }
    }


    private static void gated(String reason, String[] gate, String regex) {
        GATED.put(reason, new Gated(gate, Pattern.compile("(?:^| )(?:" + regex + ")")));
    }

    private UrgencyRules() {
    }

    /** @param folded lower-case ASCII-folded words joined by single spaces. @return reason code or null. */
    public static String match(String folded) {
        return match(folded, true);
    }

    /** {@code indexed = false} runs every rule pattern: the reference the index is tested against. */
    static String match(String folded, boolean indexed) {
        String text = literal(folded);
        long candidates = indexed ? Index.INDEX.candidates(text) : -1L;
        if (candidates == 0 && GATED.values().stream().noneMatch(g -> g.find(text))) {
            return null;
        }
        for (int r = 0; r < Index.PATTERN_BY_BIT.length; r++) {
            String reason = Index.REASON_BY_BIT[r];
            Gated g = GATED.get(reason);
            if (((candidates >>> r) & 1) != 0 && Index.PATTERN_BY_BIT[r].matcher(text).find()
                    || g != null && g.find(text)) {
                if (INFO.matcher(folded).find() && !reason.equals("GAS_LEAK")) {
                    continue;
                }
                if (notNow(folded)) {
                    return null;
                }
                return reason;
            }
        }
        return null;
    }

    /** The text with figures of speech blanked out ("site çöktü", "fiyatlar alev aldı"): what the cue rules read. */
    public static String literal(String folded) {
        if (!folded.contains("alev") && !folded.contains("kriz") && !folded.contains("bayildi") && !folded.contains("cok")) {
            return folded; // cheap pre-check: the figures all contain one of these
        }
        java.util.regex.Matcher m = FIGURATIVE.matcher(folded);
        return m.find() ? m.replaceAll(" ") : folded;
    }

    /**
     * True when the text, read as a whole, is not about something happening now: praise/thanks for a service that
     * was given, a past or resolved event or a long-standing problem — and nothing in it asks for
     * help now ("acil", "hemen", "lazım", "gönderin", "-ebilir mi"). When the message turns with "ama/fakat/ancak/bir de",
     * only the part after the last turn is read ("sağ olun geldiniz ama ağaç devrildi" stays urgent). Used for the
     * rules and for the urgency model's fallback alike.
     */
    public static boolean notNow(String folded) {
        String tail = folded;
        java.util.regex.Matcher c = CONTRAST.matcher(folded);
        int cut = -1;
        while (c.find()) {
            cut = c.end();
        }
        if (cut >= 0) {
            tail = folded.substring(cut);
        }
        if (NOW.matcher(tail).find()) {
            return false;
        }
        if (PRAISE.matcher(tail).find()) {
            return true;
        }
        return PAST.matcher(tail).find() && !AGAIN.matcher(tail).find();
    }

    public static String describe(String code) {
        return code == null ? null : REASONS.getOrDefault(code, code);
    }
}
