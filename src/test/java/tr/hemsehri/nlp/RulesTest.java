package tr.hemsehri.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void outOfScopeInstitutionsAndLines() {
        assertEquals("ELECTRICITY", OutOfScopeRules.match(f("3 saattir elektrik yok")));
        assertEquals("NATURAL_GAS", OutOfScopeRules.match(f("sokakta yoğun gaz kokusu var")));
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
