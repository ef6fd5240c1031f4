package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.geo.DistrictNeighborhoods;
import tr.hemsehri.nlp.geo.Gazetteer;

/**
 * Session 23: a thank-you written to the power distributor reports no cut (the rule "a message to the distributor
 * naming nothing else is about electricity" took it into the outage it thanks for); "otobüsle 1,5 saat" is a
 * duration, not bus line 1, and the ferry complaint it ends stays with the ferry. A report of a thing that stays
 * broken (garbage, a pothole) waits a day in the pool: the evening's "çöp hâlâ orada" pairs with the morning's pile;
 * a water cut's report still waits pool-window only. Benches, railings and pavements are classes of their own (a
 * broken pavement is not the road's pothole; tables on it are the zabıta's occupation).
 */
class GroupingRound17Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-07T04:00:00Z");
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(Gazetteer.loadDefault());

    GroupingRound17Test() {
        super(T0, 17_000);
    }

    @Test
    void aThankYouToTheDistributorDoesNotJoinTheOutage() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long outage = incident(e, "Menderes", "Gümüldür Atatürk", "OTHER", 0,
                "@gdzelektrik Gümüldür Atatürk mah. elektrik yok sabahtan beri",
                "Gümüldür'de elektrikler gitti, ne zaman gelecek?",
                "gumuldur ataturk mh elektrik kesik 3 saattir", "Gümüldür Atatürk'te elektrik yok hala");
        assertNotEquals(0, outage);
        int before = e.group(outage).size();
        Decision thanks = offer(e, report("@gdzelektrik Gümüldür'e elektriği getiren ekiplere teşekkürler 👏",
                "Menderes", "Gümüldür Atatürk", "OTHER", 240));
        assertNotEquals(outage, thanks.incidentId(), "a thank-you needs no status update: " + thanks);
        assertEquals(before, e.group(outage).size());
        Decision report = offer(e, report("@gdzelektrik arıza kaydı verdim 1 saattir bekliyoruz Gümüldür",
                "Menderes", "Gümüldür Atatürk", "OTHER", 241));
        assertEquals(outage, report.incidentId(), "a report to the distributor still joins: " + report);
    }

    @Test
    void aDecimalDurationAfterTheBusIsNoLine() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long ferry = incident(e, "Karşıyaka", null, "TRANSPORT", 0,
                "@izdeniz Karşıyaka iskelesindeyiz, 06:40 vapuru iptal mi? Anons bile yapılmadı",
                "Karşıyaka'dan Konak'a vapur yok, iskelede yüzlerce insan bekliyor",
                "Karşıyaka iskelesi bugün böyle vapur yok otobüs dolu #karşıyaka #izdeniz",
                "@izdeniz Karşıyaka-Konak vapuru akşam seferleri yapılacak mı?");
        assertNotEquals(0, ferry);
        Decision d = offer(e, report("Vapurlar hala yok 😩 Karşıyaka-Konak arası otobüsle 1,5 saat #izdeniz",
                "Karşıyaka", null, "TRANSPORT", 30));
        assertEquals(ferry, d.incidentId(), "the ferry, not bus line 1: " + d);
    }

    @Test
    void anEveningFollowUpOfGarbageFormsASmallIncidentWithTheMorningReport() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Decision morning = offer(e, report("Cevizli mahallesinde çöpler bir haftadır toplanmıyor, konteynerlerin "
                + "etrafı çöplük oldu. Belediye ne zaman gelecek?", "Kiraz", "Cevizli", "CLEANING", 0));
        assertEquals(Outcome.POOLED, morning.outcome());
        Decision evening = offer(e, report("cevizlide cop hala orda, kimse gelmedi", "Kiraz", "Cevizli", "CLEANING",
                7 * 60 + 10));
        assertEquals(Outcome.SPIKE, evening.outcome(), "seven hours later it is the same pile: " + evening);
        assertEquals(2, evening.members().size());
    }

    @Test
    void aWaterCutReportWaitsOnlyThePoolWindow() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        offer(e, report("Cevizli mahallesinde sabahtan beri su yok, musluklar kuru", "Kiraz", "Cevizli", "WATER", 0));
        Decision late = offer(e, report("cevizlide su yok hala", "Kiraz", "Cevizli", "WATER", 7 * 60 + 10));
        assertEquals(Outcome.POOLED, late.outcome(), "a cut seven hours later may be another one: " + late);
        Decision sameHour = offer(e, report("Cevizli'de de su kesik, ne zaman gelecek?", "Kiraz", "Cevizli", "WATER",
                7 * 60 + 20));
        assertEquals(Outcome.SPIKE, sameHour.outcome(), "the pair within the window still forms: " + sameHour);
    }

    @Test
    void benchesRailingsAndPavementsHaveTheirOwnClasses() {
        assertEquals(Set.of("bench"), TextSignature.of("Küçükdeniz sahilindeki banklardan ikisinin tahtaları kırık")
                .topics());
        assertEquals(Set.of(), TextSignature.of("Banka kartım çalışmıyor, şubeye gittim").topics());
        assertEquals(Set.of("railing"), TextSignature.of("Suludere köprüsünün korkuluğu kopmuş, çocuklar düşecek")
                .topics());
        assertEquals(Set.of("pavement"), TextSignature.of("İsa Bey mah. kaldırım taşları sökülmüş, yürüyemiyoruz")
                .topics());
        assertEquals(Set.of("occupation"), TextSignature.of("Meydanda kafeler kaldırımı masalarla kapatmış").topics());
    }

    @Test
    void twoNeighboursOfOneBrokenBenchFormASmallIncidentAndAPotholeStaysApart() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        offer(e, report("Sırasöğütler'deki parkta bankların tahtaları kırılmış, oturan düşüyor. Yenilensin lütfen.",
                "Darıca", "Sırasöğütler", "PARKS", 0));
        Decision pothole = offer(e, report("Sırasöğütler'de okul önündeki çukur büyüdü, araçlar düşüyor", "Darıca",
                "Sırasöğütler", "PUBLIC_WORKS", 30));
        assertEquals(Outcome.POOLED, pothole.outcome(), pothole.toString());
        Decision bench = offer(e, report("Sırasöğütler Parkı'nda banklar hâlâ kırık 🪑 #darıca", "Darıca",
                "Sırasöğütler", "PARKS", 300));
        assertEquals(Outcome.SPIKE, bench.outcome(), bench.toString());
        assertEquals(2, bench.members().size(), "the two bench reports, not the pothole: " + bench);
    }
}
