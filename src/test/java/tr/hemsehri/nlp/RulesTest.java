package tr.hemsehri.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.rules.OutOfScopeRules;
import tr.hemsehri.nlp.rules.UrgencyRules;
import tr.hemsehri.nlp.text.TurkishNormalizer;

class RulesTest {

    private static String f(String s) {
        return OpenNlpMessageAnalyzer.foldedText(TurkishNormalizer.get().normalize(s));
    }

    @Test
    void urgencyCues() {
        assertEquals("FUNERAL", UrgencyRules.match(f("Babamız vefat etti, cenaze aracı talep ediyoruz")));
        assertEquals("PATIENT_TRANSPORT", UrgencyRules.match(f("yatağa bağımlı hastamız için hasta nakil aracı lazım")));
        assertEquals("ANIMAL_INJURED", UrgencyRules.match(f("arabanın çarptığı köpek yolda yaralı yatıyor")));
        assertEquals("FLOODING", UrgencyRules.match(f("ana boru patladı evlerimizi su bastı")));
        assertEquals("STRUCTURAL_COLLAPSE", UrgencyRules.match(f("istinat duvarı çöktü")));
        assertEquals("STRUCTURAL_COLLAPSE", UrgencyRules.match(f("yağmurdan sonra heyelan oldu")));
        assertEquals("FALLEN_TREE", UrgencyRules.match(f("Fırtınada ağaç devrildi, yol kapandı")));
        assertEquals("OPEN_MANHOLE", UrgencyRules.match(f("rogar kapagi acik biri dusecek")));
        assertEquals("ROOF_DAMAGE", UrgencyRules.match(f("FIRTINADA ÇATIMIZ UÇTU")));
        assertEquals("GAS_LEAK", UrgencyRules.match(f("apartmanda doğalgaz kokusu var")));
    }

    @Test
    void notUrgent() {
        assertNull(UrgencyRules.match(f("çöpler 3 gündür alınmadı")));
        assertNull(UrgencyRules.match(f("mezarlık çok bakımsız")));
        assertNull(UrgencyRules.match(f("okulumuza yangın tatbikatı yapılabilir mi")));
        assertNull(UrgencyRules.match(f("eşim vefat etti, iki çocukla kaldım, destek olabilir misiniz")));
        assertNull(UrgencyRules.match(""));
    }

    /** Idioms, praise and past events that use emergency words (round 3). */
    @Test
    void urgencyWordsInPraiseIdiomsAndThePast() {
        assertNull(UrgencyRules.match(f("Kültürpark'taki yeni yeşil alan harika, çocuklar bayıldı 😍")), "bayıldı = loved it");
        assertNull(UrgencyRules.match(f("hasta nakil ekibi annemi hastaneye götürüp geri getirdi, çok naziklerdi, minnettarız")));
        assertNull(UrgencyRules.match(f("cenazemizde her şeyi düzenleyen belediye ekibine minnettarız")));
        assertNull(UrgencyRules.match(f("asansörde kalan çocuğumuzu kurtaran itfaiye ekibine sonsuz teşekkürler")));
        assertNull(UrgencyRules.match(f("Değirmendere'de yol çöktü, araçlar zor geçiyor, 1 aydır kimse yok")), "months old: a pothole");
        assertNull(UrgencyRules.match(f("geçen ay yol çöktü, düzeltildi, teşekkürler")));
        assertNull(UrgencyRules.match(f("yol göçük dolu, her gün lastik patlıyor")), "göçük = potholes");
        assertNull(UrgencyRules.match(f("tiyatro biletleri satılmıyor, site çöktü acil çözüm bekliyoruz")), "a website crash");
        assertNull(UrgencyRules.match(f("otobüsler tıklım tıklım, nefes alamıyoruz")));
        assertNull(UrgencyRules.match(f("aşevinden yemek gelmiyor, babam yalnız ve yürüyemiyor")), "no transport asked");
        assertNull(UrgencyRules.match(f("çöpler alınmamış. koku. sinek. kedi. rezil.")), "\"rezil\" is not \"ezil\"");
        assertNull(UrgencyRules.match(f("kuru ağaç devrilmeden kesilsin lütfen")));
        // ... but a turn ("ama", "yalnız" after thanks) or a call for help now keeps it urgent
        assertEquals("FALLEN_TREE", UrgencyRules.match(f("sağ olun geldiniz ama fırtınada ağaç devrildi, yol kapandı")));
        assertEquals("GAS_LEAK", UrgencyRules.match(f("çok teşekkürler yalnız sokakta yoğun gaz kokusu var")));
        assertEquals("STRUCTURAL_COLLAPSE", UrgencyRules.match(f("geçen ay çok hızlıydınız ama bu sefer kayalar yola düştü")));
        assertEquals("ROOF_DAMAGE", UrgencyRules.match(f("çatı uçtu, saçlar sokakta, şimdiden teşekkürler")));
        assertEquals("STRUCTURAL_COLLAPSE", UrgencyRules.match(f("2 aydır duvar çökecek diyoruz, acil gelin")));
        assertEquals("PATIENT_TRANSPORT", UrgencyRules.match(f("annem kemoterapiye gidecek, yürüyemiyor, nakil aracı rica ediyoruz")));
        // phrasings the rules missed before
        assertEquals("FIRE_RESCUE", UrgencyRules.match(f("asansörde kaldık 2 kişi, havasız kaldı")));
        assertEquals("FIRE_RESCUE", UrgencyRules.match(f("kedi 3 gündür elektrik direğinin tepesinde, itfaiye indirebilir mi")));
        assertEquals("FLOODING", UrgencyRules.match(f("yağmur suyu bodrum katları bastı, evde su diz boyu")));
        assertEquals("OPEN_MANHOLE", UrgencyRules.match(f("mazgal kapağını çalmışlar, çukur açık")));
        assertEquals("ROOF_DAMAGE", UrgencyRules.match(f("lodos çatının yarısını götürdü, kiremitler aşağı yağıyor")));
        assertEquals("FALLEN_TREE", UrgencyRules.match(f("fırtınada kavak devrildi yolu kapattı")));
        assertTrue(UrgencyRules.notNow(f("çocuklar bayıldı, harika olmuş")));
        assertFalse(UrgencyRules.notNow(f("babam bayıldı, acil ambulans")));
    }

    @Test
    void outOfScopeFalseFriends() {
        assertNull(OutOfScopeRules.match(f("kocaeli kitap fuarı muhteşemdi, çocuklar bayıldı")));
        assertNull(OutOfScopeRules.match(f("felçli dedem için yarın hastaneye nakil aracı lazım")), "hospital as a destination");
        assertNull(OutOfScopeRules.match(f("kedi 3 gündür elektrik direğinin tepesinde, miyavlıyor")));
        assertNull(OutOfScopeRules.match(f("geçen ay sokağa doğalgaz için kazı yapıldı, hâlâ toprak yol")));
        assertNull(OutOfScopeRules.match(f("okul çıkışına trafik polisi ya da ışık lazım")));
        assertNull(OutOfScopeRules.match(f("mazgal kapağını çalmışlar, çukur açık")));
        assertNull(OutOfScopeRules.match(f("yine sabaha kadar müzik çaldılar, uyuyamadık")), "noise: zabıta");
        assertNull(OutOfScopeRules.match(f("su faturamı internetten nasıl öderim")));
        assertNull(OutOfScopeRules.match(f("köprülü kavşakta sinyalizasyon bozuk")));
        assertNull(OutOfScopeRules.match(f("parkın aydınlatması yanmıyor, lambalar kırık")), "park lighting is ours");
        // street lighting is the distribution company's (186)
        assertEquals("ELECTRICITY", OutOfScopeRules.match(f("teşekkürler, bir de şu sokak lambası yanmıyor")));
        assertEquals("ELECTRICITY", OutOfScopeRules.match(f("elektrik direği eğildi, devrilecek")));
        assertEquals("HEALTH", OutOfScopeRules.match(f("komşu teyze merdivende düştü, bilinci kapalı, 112 meşgul")));
        assertEquals("HEALTH", OutOfScopeRules.match(f("devlet hastanesinde personel çok kaba")));
        assertEquals("POLICE", OutOfScopeRules.match(f("otoparktaki arabalardan akü çalıyorlar her gece")));
        assertEquals("CENTRAL_GOVERNMENT", OutOfScopeRules.match(f("ikamet izni için göç idaresine nasıl randevu alırız")));
        assertEquals("NATURAL_GAS", OutOfScopeRules.match(f("doğalgaz kokusu var, gaz kaçağı olabilir")));
    }

    @Test
    void outOfScopeInstitutionsAndLines() {
        assertEquals("ELECTRICITY", OutOfScopeRules.match(f("3 saattir elektrik yok")));
        assertEquals("NATURAL_GAS", OutOfScopeRules.match(f("sokakta yoğun gaz kokusu var")));
        // every gas-leak phrasing the urgency rule knows is also the gas company's (a leak is out of scope and urgent)
        assertEquals("NATURAL_GAS", OutOfScopeRules.match(f("merdiven boşluğunda gaz sızıntısı var")));
        assertEquals("GAS_LEAK", UrgencyRules.match(f("merdiven boşluğunda gaz sızıntısı var")));
        assertEquals("NATURAL_GAS", OutOfScopeRules.match(f("sayacın oradan gaz çıkıyor")));
        assertEquals("HEALTH", OutOfScopeRules.match(f("MHRS'de hiç randevu yok")));
        assertEquals("POLICE", OutOfScopeRules.match(f("evimize hırsız girdi")));
        assertEquals("JUSTICE", OutOfScopeRules.match(f("icra dairesi haksız haciz yaptı")));
        assertEquals("TELECOM", OutOfScopeRules.match(f("fiber internet sürekli kopuyor")));
        assertEquals("CENTRAL_GOVERNMENT", OutOfScopeRules.match(f("emekli maaşım yatmadı")));
        assertNull(OutOfScopeRules.match(f("çöpler alınmadı")));
        assertNull(OutOfScopeRules.match(f("parkta kuduz şüpheli bir köpek var")));
        assertEquals("186", OutOfScopeRules.referral("ELECTRICITY", f("elektrik yok"), false).phone());
        assertEquals("187", OutOfScopeRules.referral("NATURAL_GAS", f("gaz kokusu"), true).phone());
        assertEquals("182", OutOfScopeRules.referral("HEALTH", f("hastane randevusu yok"), false).phone());
        assertEquals("112", OutOfScopeRules.referral("HEALTH", f("babam bayıldı nefes alamıyor"), true).phone());
        assertEquals("155", OutOfScopeRules.referral("POLICE", f("hırsız girdi"), false).phone());
        assertEquals("156", OutOfScopeRules.referral("POLICE", f("köyümüze jandarma gelmiyor"), false).phone());
        assertEquals("150", OutOfScopeRules.referral("CENTRAL_GOVERNMENT", f("pasaport randevusu"), false).phone());
    }
}
