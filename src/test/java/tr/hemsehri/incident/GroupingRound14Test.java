package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Round 14: one blocked sewer main reaches the next mahalle; a dark mahalle written to the power distributor is a
 * power cut; a mahalle named like an everyday word is that mahalle when an announcement names it.
 */
class GroupingRound14Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-04T04:00:00Z");

    GroupingRound14Test() {
        super(T0, 14_000);
    }

    @Test
    void aSewageOverflowReachesTheNextMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long sewer = incident(e, "Bergama", "Ulucamii", "WATER", 0, "ulucamii mahallesinde kanalizasyon taştı",
                "@bergamabld Ulucamii'de kanalizasyon taştı, evlerin önü pislik içinde", "ulucamii kanalizasyon tasti",
                "Ulucamii'de lağım taştı sokak pis su içinde");
        assertNotEquals(0, sewer);
        Decision next = offer(e, report("talatpasa da kanalizasyon tasti bizim sokakta", "Bergama", "Talatpaşa",
                "WATER", 20));
        assertEquals(sewer, next.incidentId(), next.toString());
        Decision tree = offer(e, report("Talatpaşa'da ağaç devrildi yol kapalı", "Bergama", "Talatpaşa", "PARKS", 25));
        assertNotEquals(sewer, tree.incidentId(), "another class in the next mahalle: " + tree);
    }

    @Test
    void aDarkMahalleWrittenToThePowerDistributorIsAPowerCut() {
        assertTrue(Report.of(1, "@sedas Atatürk Mah. komple karanlık, trafo tarafından patlama sesi geldi", "Çayırova",
                "Atatürk", "OTHER", T0).topics().contains("electricity"));
        assertTrue(Report.of(2, "Koza Mahallesi karanlık @bedas", "Esenyurt", "Koza", "OTHER", T0).topics()
                .contains("electricity"));
        Report lamp = Report.of(3, "@bedas sokak lambası yanmıyor 3 gündür karanlık", "Esenyurt", "Koza", "OTHER", T0);
        assertTrue(lamp.topics().contains("light"), "a lamp is still a lamp: " + lamp.topics());
        assertFalse(Report.of(4, "sokağımız çok karanlık, aydınlatma yok", "Esenyurt", "Koza", "OTHER", T0).topics()
                .contains("electricity"));
    }

    @Test
    void aMahalleNamedLikeAWordIsThatMahalleWhenAnnounced() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long planned = 800;
        e.planned(planned, "Kandıra", "Çarşı", "WATER", T0, T0.plusSeconds(4 * 3600),
                "İSU: Kandıra Çarşı ve Orhan mahallelerinde 10:00-14:00 arası su verilemeyecektir.");
        long kefken = incident(e, "Kandıra", "Kefken", "WATER", 30, "Kefken su yok sabahtan beri", "kefken mh su yok",
                "@isukocaeli Kefken'de musluktan damla gelmiyor", "Kefken mahallesi susuz");
        assertNotEquals(0, kefken);
        Decision d = offer(e, report("saat 2 gecti carsi su yok", "Kandıra", null, "WATER", 4 * 60 + 5));
        assertEquals(planned, d.incidentId(), "not the district's other water cut: " + d);
    }
}
