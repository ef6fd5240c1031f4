package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;

/** The session-11 grouping rules: problem classes, the topic veto, topic instead of department, transport lines. */
class GroupingRulesTest extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-06-02T07:00:00Z");

    GroupingRulesTest() {
        super(T0, 1000);
    }

    @Test
    void problemClassesOfStormDayMessages() {
        assertEquals(Set.of("tree"), TextSignature.of("Alaybey 1720 sk ağaç devrildi, yol kapandı otobüsler geçemiyor")
                .topics());
        assertEquals(Set.of("flood"), TextSignature.of("1720 sokakta su bastı, mazgallar tıkalı").topics());
        assertEquals(Set.of("flood"), TextSignature.of("alt geçidi tamamen su doldu, otobüs mahsur kaldı").topics());
        assertEquals(Set.of("flood"), TextSignature.of("sahil yolu sular altında #yağmur").topics());
        assertEquals(Set.of("roof"), TextSignature.of("binanın çatısı uçtu saclar yola düştü").topics());
        assertEquals(Set.of("water"), TextSignature.of("sabahtan beri su yok, bulaşık birikti").topics(),
                "a water cut with 'birikti' is not a flood");
        assertEquals(Set.of("sewer"), TextSignature.of("rögar taştı, pis su sokağa yayıldı").topics());
        assertEquals(Set.of("pest"), TextSignature.of("çöplerden dolayı fareler çıktı, ilaçlama yapın").topics());
        assertEquals(Set.of("garbage", "animal"), TextSignature.of("çöpleri kedi köpek dağıtmış").topics());
    }

    @Test
    void transportLineKeys() {
        assertEquals("bus:202", TextSignature.of("202 numaralı otobüs 1 saattir gelmiyor").line());
        assertEquals("bus:302", TextSignature.of("ESHOT 302 seferleri yapılmıyor mu?").line());
        assertEquals("bus:490", TextSignature.of("490 nolu hat yine gecikti").line());
        assertEquals("metro", TextSignature.of("metro Halkapınar'da durdu").line());
        assertNull(TextSignature.of("1799 sokaktaki otobüs durağının camı kırık").line(), "a street number");
        assertNull(TextSignature.of("otobüs 30 dakikadır gelmedi").line(), "minutes are not a line");
        assertNull(TextSignature.of("metro durağının yanında çöpler toplanmadı").line(), "garbage at a place");
    }

    @Test
    void fallenTreeAndFloodInOneStreetStayApart() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        String[] trees = {"Alaybey 1720 sk da dev bir ağaç devrildi arabaların üstüne",
                "Alaybey 1720 sokakta ağaç devrildi yolu kapattı", "Alaybey'de fırtına ağacı kökünden söktü",
                "alaybey 1720 sk daki ağaç hala yolda yatıyor"};
        Decision last = null;
        for (int i = 0; i < trees.length; i++) {
            last = offer(e, report(trees[i], "Karşıyaka", "Alaybey", "PUBLIC_WORKS", i));
        }
        // two neighbours already open the incident (local-spike-count), the others join it
        assertTrue(last.outcome() == Outcome.SPIKE || last.outcome() == Outcome.JOINED, last.toString());
        long treeIncident = last.incidentId();
        assertEquals(4, e.group(treeIncident).size());

        Decision flood = offer(e, report("Alaybey 1720 sk su bastı, mazgallar tıkalı, yolda diz boyu su", "Karşıyaka",
                "Alaybey", "PUBLIC_WORKS", 10));
        assertEquals(Outcome.POOLED, flood.outcome(), "same street, same department, but a flood is not the tree");

        Decision tree = offer(e, report("Alaybey'de devrilen ağacı kaldırın", "Karşıyaka", "Alaybey", "PARKS", 11));
        assertEquals(Outcome.JOINED, tree.outcome(), "another tree report joins although parks != public works");
        assertEquals(treeIncident, tree.incidentId());
    }

    @Test
    void vetoIsWhatKeepsTheFloodOut() {
        String[] trees = {"Alaybey'de fırtınadan sonra ağaç devrildi, araçlar geçemiyor, kapandı",
                "Alaybey'de fırtınadan ağaç devrildi araçlar geçemiyor", "Alaybey fırtına ağaç devrildi kapandı",
                "Alaybey'de fırtınada ağaç devrilmiş araçlar geçemiyor"};
        Report flood = report("Alaybey'de fırtınadan sonra su bastı, araçlar geçemiyor, kapandı", "Karşıyaka",
                "Alaybey", "PUBLIC_WORKS", 10);
        Decision[] outcome = new Decision[2];
        double[] sim = new double[1];
        for (int k = 0; k < 2; k++) {
            GroupingEngine e = new GroupingEngine(Thresholds.defaults().withRules(true, k == 1, true));
            Decision d = null;
            for (int i = 0; i < trees.length; i++) {
                d = offer(e, report(trees[i], "Karşıyaka", "Alaybey", "PUBLIC_WORKS", i));
            }
            sim[0] = e.group(d.incidentId()).similarity(flood.text());
            outcome[k] = offer(e, flood);
        }
        assertTrue(sim[0] >= Thresholds.defaults().simSameDepartment(), "similar text: " + sim[0]);
        assertEquals(Outcome.JOINED, outcome[0].outcome(), "without the veto the flood joins the tree");
        assertEquals(Outcome.POOLED, outcome[1].outcome(), "with it the flood waits for its own incident");
    }

    @Test
    void floodReportsOfFourDepartmentsFormOneIncident() {
        List<Report> reports = List.of(
                report("Bostanlı'da sokaklar su içinde, rögarlar taştı", "Karşıyaka", "Bostanlı", "WATER", 0),
                report("Bostanlı'da yağmur suyu yolu bastı, arabalar yüzüyor", "Karşıyaka", "Bostanlı",
                        "PUBLIC_WORKS", 1),
                report("Bostanlı'da cadde göl oldu, mazgallar tıkalı", "Karşıyaka", "Bostanlı", "FIRE", 2),
                report("Bostanlı sahil yolu sular altında #yağmur", "Karşıyaka", "Bostanlı", "TRANSPORT", 3),
                report("Bostanlı'da alt geçidi su bastı, araçlar mahsur", "Karşıyaka", "Bostanlı", "OTHER", 4));
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision d = null;
        for (Report r : reports) {
            d = offer(e, r);
        }
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(1, e.openGroups());
        assertEquals(5, e.group(d.incidentId()).size());
        assertEquals(Set.of("flood"), e.group(d.incidentId()).topics());

        GroupingEngine byDepartment = new GroupingEngine(Thresholds.defaults().withRules(false, true, true));
        for (Report r : reports) {
            offer(byDepartment, r);
        }
        int grouped = 0;
        for (var it = byDepartment.iterator(); it.hasNext();) {
            grouped += it.next().size();
        }
        assertTrue(grouped < reports.size(), "without the topic rule the departments keep some apart: " + grouped);
    }

    @Test
    void busLineAcrossTwoDistrictsGroups() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        List<Decision> line = new java.util.ArrayList<>();
        line.add(offer(e, report("202 numaralı otobüs Karşıyaka'da 1 saattir gelmiyor", "Karşıyaka", null,
                "TRANSPORT", 0)));
        line.add(offer(e, report("ESHOT 202 seferleri yapılmıyor mu? durakta bekliyoruz", null, null, "TRANSPORT",
                2)));
        Decision water = offer(e, report("Bornova'da su yok sabahtan beri", "Bornova", "Erzene", "WATER", 3));
        line.add(offer(e, report("202 otobüsü Bornova'dan hiç geçmedi, işe geç kaldık", "Bornova", null,
                "TRANSPORT", 5)));
        Decision d = offer(e, report("202 hattı neden çalışmıyor? Bornova'da bekliyoruz", "Bornova", null,
                "TRANSPORT", 9));
        line.add(d);
        // the incident opens with the first reports that meet (a spike, possibly a small local one), the rest join
        assertTrue(d.outcome() == Outcome.SPIKE || d.outcome() == Outcome.JOINED, d.toString());
        assertEquals(4, e.group(d.incidentId()).size(), "all four 202 reports, from both districts and none");
        java.util.Set<Long> incidents = new java.util.HashSet<>();
        for (Decision x : line) {
            if (x.outcome() == Outcome.SPIKE || x.outcome() == Outcome.JOINED) {
                incidents.add(x.incidentId());
            }
        }
        assertEquals(java.util.Set.of(d.incidentId()), incidents);
        assertEquals(Outcome.POOLED, water.outcome(), "the Bornova water report is not the bus line");
        assertEquals("bus:202", e.group(d.incidentId()).line());

        Decision other = offer(e, report("490 numaralı otobüs yine gelmedi Bornova'da", "Bornova", null, "TRANSPORT",
                12));
        assertNotEquals(Outcome.JOINED, other.outcome(), "another line is another incident");
    }

    @Test
    void withoutLinesTheBusReportsStayInTheirDistricts() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults().withRules(true, true, false));
        Decision d = offer(e, report("202 numaralı otobüs gelmiyor", "Karşıyaka", null, "TRANSPORT", 0));
        offer(e, report("202 otobüsü Bornova'dan hiç geçmedi", "Bornova", null, "TRANSPORT", 1));
        offer(e, report("202 hattı neden çalışmıyor? Bornova'da bekliyoruz", "Bornova", null, "TRANSPORT", 2));
        Decision last = offer(e, report("Karşıyaka 202 otobüsü yok mu bugün", "Karşıyaka", null, "TRANSPORT", 3));
        assertEquals(Outcome.POOLED, d.outcome());
        assertEquals(Outcome.POOLED, last.outcome());
        assertEquals(0, e.openGroups());
        Decision noPlace = offer(e, report("ESHOT 202 seferleri yapılmıyor mu?", null, null, "TRANSPORT", 4));
        assertEquals(Outcome.SKIPPED, noPlace.outcome(), "no district and lines off: not groupable");
    }

    @Test
    void pestsAreNotTheGarbageIncident() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        for (int i = 0; i < 4; i++) {
            offer(e, report("Karşıyaka'da çöpler alınmıyor konteynerler taştı " + i, "Karşıyaka", null, "CLEANING",
                    i));
        }
        assertEquals(1, e.openGroups());
        Decision rats = offer(e, report("Karşıyaka'da çöplerden dolayı fareler çıktı, ilaçlama yapın", "Karşıyaka",
                null, "HEALTH", 6));
        assertEquals(Outcome.POOLED, rats.outcome());
        Decision garbage = offer(e, report("Karşıyaka'da çöp kokusu dayanılmaz", "Karşıyaka", null, "CLEANING", 7));
        assertEquals(Outcome.JOINED, garbage.outcome());
    }
}
