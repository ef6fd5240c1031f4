package tr.hemsehri.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.geo.Gazetteer;
import tr.hemsehri.nlp.geo.PlaceMatch;
import tr.hemsehri.nlp.text.TurkishNormalizer;

class PlaceMatcherTest {

    static Gazetteer gaz;

    @BeforeAll
    static void load() {
        gaz = Gazetteer.loadDefault();
    }

    private static PlaceMatch izmir(String text) {
        return gaz.matcher("İzmir", null).match(TurkishNormalizer.get().normalize(text));
    }

    private static PlaceMatch kocaeli(String text) {
        return gaz.matcher("Kocaeli", null).match(TurkishNormalizer.get().normalize(text));
    }

    private static PlaceMatch esenyurt(String text) {
        return gaz.matcher("İstanbul", "Esenyurt").match(TurkishNormalizer.get().normalize(text));
    }

    @Test
    void apostropheSuffix() {
        PlaceMatch m = izmir("Bostanlı'da çöpler 3 gündür alınmadı");
        assertEquals("Bostanlı", m.neighborhood());
        assertEquals("Karşıyaka", m.district());
        assertEquals(41108L, m.neighborhoodId());
    }

    @Test
    void suffixWithoutApostropheAndWithoutTurkishLetters() {
        assertEquals("Bostanlı", izmir("bostanlida su yok").neighborhood());
        assertEquals("Bostanlı", izmir("BOSTANLIDA SU YOK").neighborhood());
        // the copula on a locative: "I am / we are in Bostanlı"
        assertEquals("Bostanlı", izmir("Bostanlıdayım, 2 gündür su yok").neighborhood());
        assertEquals("Bostanlı", izmir("bostanlidayiz su yok").neighborhood());
    }

    @Test
    void twoWordsWrittenApartOrTogether() {
        PlaceMatch m = izmir("Kazım Dirik'te yol çökmüş");
        assertEquals("Kazımdirik", m.neighborhood());
        assertEquals("Bornova", m.district());
        assertEquals("Küçük Çiğli", izmir("Küçükçiğli'de sokak lambaları yanmıyor").neighborhood());
        assertEquals("Küçük Çiğli", izmir("kucukcigli de ilaclama yapilsin").neighborhood());
    }

    @Test
    void abbreviatedMahalleMarker() {
        PlaceMatch m = izmir("osmangazi mh 1234 sk su kesik");
        assertEquals("Osmangazi", m.neighborhood());
        assertEquals("Bayraklı", m.district());
    }

    @Test
    void officialNameWithoutSpaceInKocaeli() {
        PlaceMatch m = kocaeli("Yahya Kaptan'da otobüs gelmiyor");
        assertEquals("Yahyakaptan", m.neighborhood());
        assertEquals("İzmit", m.district());
    }

    @Test
    void shortFormOfLongOfficialName() {
        PlaceMatch m = izmir("Harmandalı'da çöp dağları oluştu");
        assertEquals("Harmandalı Gazi Mustafa Kemal Atatürk", m.neighborhood());
        assertEquals("Çiğli", m.district());
    }

    @Test
    void ambiguousNameNeedsDistrict() {
        PlaceMatch none = izmir("Cumhuriyet mahallesinde su yok");
        assertNull(none.neighborhood(), "Cumhuriyet exists in many İzmir districts");
        assertNull(none.neighborhoodId());
        PlaceMatch buca = izmir("Buca Cumhuriyet mahallesinde su yok");
        assertEquals("Cumhuriyet", buca.neighborhood());
        assertEquals("Buca", buca.district());
        assertEquals(41012L, buca.neighborhoodId());
        PlaceMatch karsiyaka = izmir("Cumhuriyet mah. Karşıyaka'da yol bozuk");
        assertEquals("Karşıyaka", karsiyaka.district());
        assertEquals("Cumhuriyet", karsiyaka.neighborhood());
    }

    @Test
    void colloquialAliasGivesDistrictOnly() {
        PlaceMatch m = izmir("Şirinyer'de kaldırımlar kırık");
        assertEquals("Buca", m.district());
        assertNull(m.neighborhood());
        assertTrue(m.viaAlias());
        PlaceMatch hatay = izmir("Hatay'da otobüs durağı yok");
        assertEquals("Konak", hatay.district());
        assertNull(hatay.neighborhood(), "Hatay is a colloquial semt in Konak, not Bayındır's Hatay mahallesi");
        PlaceMatch hereke = kocaeli("Hereke sahilinde çöp var");
        assertEquals("Körfez", hereke.district());
        assertNull(hereke.neighborhood());
    }

    @Test
    void districtMunicipalityRestriction() {
        PlaceMatch k = esenyurt("Kıraç'ta yollar çamur");
        assertEquals("Esenyurt", k.district());
        assertNull(k.neighborhood());
        PlaceMatch c = esenyurt("Cumhuriyet mahallesinde su yok");
        assertEquals("Cumhuriyet", c.neighborhood(), "inside Esenyurt the name is unique");
        assertEquals("Esenyurt", c.district());
        // Göztepe is a mahalle of Bağcılar/Beykoz/Kadıköy, never of Esenyurt
        PlaceMatch g = esenyurt("Göztepe'de yol bozuk");
        assertNull(g.neighborhood());
        assertEquals("Esenyurt", g.district());
    }

    @Test
    void commonWordsAndStreetsAreNotMahalle() {
        assertNull(izmir("yeni yol yapılmış teşekkürler").neighborhood());
        assertNull(izmir("sokak lambası ışık vermiyor").neighborhood());
        PlaceMatch street = izmir("Bornova Atatürk Caddesi'nde çukur var");
        assertNull(street.neighborhood());
        assertEquals("Bornova", street.district());
    }

    /** Words that are also mahalle/semt names need a place cue (round 3). */
    @Test
    void commonNounsNeedAPlaceCue() {
        PlaceMatch p = izmir("pasaport randevusu için hangi siteye girmem lazım?");
        assertNull(p.district(), "passport appointment, not the Pasaport semt");
        assertNull(izmir("yeni millet bahçesi çok güzel olmuş").neighborhood(), "millet bahçesi = the national garden");
        assertNull(izmir("Millet Bahçesi'nde çöp var").neighborhood(), "a facility named after a word");
        PlaceMatch basmane = izmir("Basmane'de su kesik, esnaf perişan");
        assertEquals("Konak", basmane.district());
        assertNull(basmane.neighborhood(), "su kesik = water cut, not mahalle Kesik");
        assertNull(izmir("👎👎 su kesik yine #izmir #izsu").district());
        // ... with a cue they are places
        assertEquals("Kesik", izmir("Kesik mahallesinde su yok").neighborhood());
        assertEquals("Millet", izmir("sel suyu evlere giriyor (konak / millet)").neighborhood(), "district named just before");
        assertEquals("Konak", izmir("Pasaport civarında yol kazıldı").district(), "X civarında");
        PlaceMatch reis = izmir("kapıyı açacak ekip lazım (karabağlar / reis)");
        assertEquals("Reis", reis.neighborhood());
        assertEquals("Esenkent", esenyurt("esenkent 1441 sokak üzerinde foseptik taştı").neighborhood(), "an address");
    }

    @Test
    void districtHashtags() {
        assertEquals("Bornova", izmir("💧❌ #Bornova").district());
        assertEquals("Karşıyaka", izmir("çöpler alınmadı #karsiyaka").district());
        assertEquals("Tire", izmir("#Tire su yok").district(), "a whole hashtag is a place even for a common word");
        assertEquals("Gebze", kocaeli("🚱🚱 #gebze").district());
        assertNull(izmir("#SuYok #izmir").district());
    }

    @Test
    void facilityNamedAfterItsMahalle() {
        PlaceMatch m = izmir("Evka 3 parkında otlar bel boyu");
        assertEquals("Evka 3", m.neighborhood());
        assertEquals("Bornova", m.district());
    }

    @Test
    void districtOnly() {
        PlaceMatch m = izmir("karsiyakada cop toplanmiyor");
        assertEquals("Karşıyaka", m.district());
        assertNull(m.neighborhood());
        assertFalse(m.viaAlias());
        assertNull(izmir("").district());
    }

    @Test
    void aDistrictWrittenJustBeforeAMahalleOfAnotherDistrictIsTheWritersDistrict() {
        // Yaylaköy is only Kınık's in the gazetteer; "Karaburun Yaylaköy" is a Karaburun village it does not list
        PlaceMatch m = izmir("@gdzelektrik Karaburun Yaylaköy'de elektrik kesik, ne zaman verilecek?");
        assertEquals("Karaburun", m.district());
        assertNull(m.neighborhood());
        // apart from the district, a mahalle unique to another district is still trusted
        PlaceMatch apart = izmir("Torbalı'dan yazıyorum, Yaylaköy'de elektrik yok");
        assertEquals("Kınık", apart.district());
        assertEquals("Yaylaköy", apart.neighborhood());
    }
}
