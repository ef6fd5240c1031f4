package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Round 12: a named road is a street; a burst's first reports pair at half the bar and its crew and closed road
 * join it; a thank-you is not grouped; the metro's account names the metro only for a service that does not run.
 */
class GroupingRound12Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-02T04:00:00Z");

    GroupingRound12Test() {
        super(T0, 12_000);
    }

    private static Report at(String text, String district, String mahalle) {
        return Report.of(1, text, district, mahalle, "WATER", T0);
    }

    @Test
    void aNamedRoadIsAStreetAKindOfRoadIsNot() {
        assertTrue(at("İstasyon yolunda boru patlamış, su fışkırıyor", "Menemen", null).text().anchors()
                .contains("istasyon"));
        assertTrue(at("okul yolu göl olmuş", "Torbalı", null).text().anchors().isEmpty());
        assertTrue(at("köy yolunda heyelan var", "Kartepe", null).text().anchors().isEmpty());
    }

    @Test
    void aVerbBeforeABridgeNamesNoBridge() {
        String s = at("Kasımpaşa tarafından dolansın, köprü altı komple su", "Menemen", "Kasımpaşa").structure();
        assertTrue(s == null || !s.endsWith("dolansin"), s);
        assertEquals("kopru:bayrakli", at("Bayraklı köprüsü altında su birikti", "Bayraklı", null).structure());
        assertEquals("istasyon:odemis", at("Ödemiş istasyonunun önünde çukur var", "Ödemiş", null).structure(),
                "a capitalised name that ends like a verb is still a name");
    }

    @Test
    void aBurstsFirstReportsOpenItsIncidentAndItsCrewJoins() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] texts = {"Tepeköy su yok sabah 6dan beri",
            "@izsu Tepeköy'de okulun önündeki yolda boru patlamış, su asfaltı kaldırmış"};
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Torbalı", "Tepeköy", "WATER", 20 * i));
            if (d.outcome() != Outcome.POOLED) {
                ids.add(d.incidentId());
            }
        }
        assertEquals(1, ids.size(), "a dry tap and a burst pipe of one mahalle are an incident at once: " + ids);
        Decision crew = offer(e, report("TEPEKÖY'DE YOL KAPALI İZSU KAZI YAPIYOR", "Torbalı", "Tepeköy",
                "PUBLIC_WORKS", 60));
        assertEquals(Outcome.JOINED, crew.outcome(), crew.toString());
        assertEquals(ids.iterator().next(), crew.incidentId());
    }

    @Test
    void theClosedRoadOfTheBurstsStreetJoinsItDespiteTheClassVeto() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long water = incident(e, "Menemen", "Esatpaşa", "WATER", 0, "Esatpaşa su yok, İstasyon yolunda arıza varmış",
                "Esatpaşa mahallesi su yok sabahtan beri", "esatpasa su yok hala",
                "@izsu Esatpaşa'da musluktan damla gelmiyor");
        assertNotEquals(0, water);
        Decision road = offer(e, report("İstasyon yolundaki patlak yüzünden trafik kilit, ne zaman açılacak bu yol?",
                "Menemen", null, "PUBLIC_WORKS", 30));
        assertEquals(Outcome.JOINED, road.outcome(), road.toString());
        assertEquals(water, road.incidentId());
        Decision pothole = offer(e, report("Atatürk caddesinde yol çöktü, kocaman çukur var", "Menemen", null,
                "PUBLIC_WORKS", 31));
        assertNotEquals(Outcome.JOINED, pothole.outcome(), "another street's road is not the burst: " + pothole);
    }

    @Test
    void aThankYouIsNotGrouped() {
        assertTrue(at("@iski Doğan Araslı'daki arızaya hızlı müdahale için teşekkürler", "Esenyurt", null).text()
                .onlyThanks());
        assertFalse(at("teşekkürler ama su hala yok", "Esenyurt", null).text().onlyThanks());
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision d = offer(e, report("@iski Doğan Araslı'daki arızaya hızlı müdahale için teşekkürler", "Esenyurt",
                null, "OTHER", 0));
        assertEquals(Outcome.SKIPPED, d.outcome());
    }

    @Test
    void theMetroAccountNamesTheMetroForAServiceThatDoesNotRun() {
        assertEquals("metro", Report.of(1, "@izmirmetro hala düzelmedi mi? Stadyum istasyonunda 40 dk oldu", null,
                null, "TRANSPORT", T0).line());
        assertEquals("metro", Report.of(2, "@izmirmetro Stadyum'dan Evka 3'e ne zaman sefer başlar?", null, null,
                "TRANSPORT", T0).line(), "a station's number before 'sefer', not bus 3");
        assertNull(Report.of(3, "@izmirmetro Fahrettin Altay istasyonunda tuvaletler kapalı", null, null, "OTHER", T0)
                .line(), "a station's toilets are not the line");
    }

    @Test
    void aReportOfNoClassJoinsThePlannedCutOfItsMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long planned = 500;
        e.planned(planned, "Ödemiş", "Anafartalar", "WATER", T0, T0.plusSeconds(8 * 3600),
                "İZSU: Anafartalar Mahallesi'nde 09:00-15:00 arası planlı su kesintisi yapılacaktır.");
        String[] texts = {"Anafartalar mah su yok", "anafartalar su kesildi", "Anafartalar'da su yok hala",
            "anafartalar mahallesi susuz", "Anafartalar su ne zaman gelir"};
        for (int i = 0; i < texts.length; i++) {
            assertEquals(planned, offer(e, report(texts[i], "Ödemiş", "Anafartalar", "WATER", 30 + i)).incidentId());
        }
        Decision d = offer(e, report("Yine haber vermeden kesmişler! Anafartalar'da oturuyoruz, ne zaman gelecek bilen "
                + "var mı", "Ödemiş", "Anafartalar", "TRANSPORT", 60));
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(planned, d.incidentId());
    }

    @Test
    void rightNowIsNotWater() {
        assertFalse(Report.of(1, "AOSB durağından Çiğli tramvayı kalkıyor mu şu an", "Çiğli", null, "TRANSPORT", T0)
                .topics().contains("water"));
        assertTrue(Report.of(2, "su yok mahallede", "Çiğli", null, "WATER", T0).topics().contains("water"));
    }

    @Test
    void theSmellOfTheSewerJoinsTheSewer() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long sewer = incident(e, "Esenyurt", "Saadetdere", "WATER", 0,
                "Saadetdere'de kanalizasyon taştı, sokak pislik içinde", "saadetdere rögar taşıyor",
                "@iski Saadetdere mah lağım taştı", "Saadetdere kanalizasyon hala akıyor");
        assertNotEquals(0, sewer);
        Set<Long> ids = new HashSet<>();
        String[] smells = {"KOKU ÇOK FENA SAADETDERE", "saadetderede kokudan cam açamıyoz", "Saadetdere koku hala var"};
        for (int i = 0; i < smells.length; i++) {
            Decision d = offer(e, report(smells[i], "Esenyurt", "Saadetdere", "CLEANING", 30 + i));
            if (d.outcome() != Outcome.POOLED) {
                ids.add(d.incidentId());
            }
        }
        assertEquals(Set.of(sewer), ids, "the smell is the sewer's");
    }

    @Test
    void aDryTapIsPlacedByTheDistrictOfABurstPipe() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(),
                new tr.hemsehri.nlp.geo.DistrictNeighborhoods(tr.hemsehri.nlp.geo.Gazetteer.loadDefault()));
        // the burst's reports name the pipe and the flood, none the dry tap
        long burst = incident(e, "Torbalı", "Ertuğrul", "WATER", 0, "Torbalı Ertuğrul mahallesinde ana boru patlamış",
                "Ertuğrul'da boru patladı, cadde göl oldu", "Ertuğrul mh. boru patlağı, cadde göl oldu",
                "@izsu Ertuğrul'daki patlak boru hala akıyor");
        assertNotEquals(0, burst);
        Decision d = offer(e, report("Cumhuriyet mah da musluktan tek damla su akmiyor", null, null, "WATER", 10));
        assertNotEquals(Outcome.SKIPPED, d.outcome(), d.toString());
        assertEquals("Torbalı", d.members().get(0).district(), "Cumhuriyet of Torbalı, the district of the burst");
        assertEquals("Cumhuriyet", d.members().get(0).neighborhood());
    }

    @Test
    void aWaterReportOfAnAnnouncedRoadJobsStreetIsNotThatJob() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(600, "Esenyurt", null, "PUBLIC_WORKS", T0, T0.plusSeconds(8 * 3600),
                "Esenyurt Belediyesi: Doğan Araslı Bulvarı'nda asfalt serim çalışması nedeniyle bulvar trafiğe kapalıdır.");
        Decision d = offer(e, report("Doğan Araslı Bulvarı'nda sabahtan beri su yok", "Esenyurt", null, "WATER", 30));
        assertNotEquals(600, d.incidentId(), "the asphalt announcement does not answer a water cut: " + d);
    }

    @Test
    void aReportNamingNoBusDoesNotJoinTheBusLineOfItsStreet() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision parking = offer(e, report("Anadolu caddesinde park edenler yüzünden geçemiyoruz", "Karşıyaka", null,
                "MUNICIPAL_POLICE", 0));
        assertEquals(Outcome.POOLED, parking.outcome());
        long line = incident(e, "Karşıyaka", null, "TRANSPORT", 5, "@eshotgenel 142 Anadolu caddesinde gelmiyor",
                "142 numaralı otobüs Anadolu caddesinde yok", "142 hattı Anadolu caddesinde sefer yapmıyor",
                "@eshotgenel 142 gelmiyor Anadolu caddesi");
        assertNotEquals(0, line);
        assertTrue(e.group(line).line() != null, "a line's incident");
        Decision again = offer(e, report("Anadolu caddesinde park edenler yine geçişi kapattı", "Karşıyaka", null,
                "MUNICIPAL_POLICE", 20));
        assertNotEquals(line, again.incidentId(), "parking is not the bus line: " + again);
        assertEquals(4, e.group(line).size(), "only the bus reports are the line's");
    }
}
