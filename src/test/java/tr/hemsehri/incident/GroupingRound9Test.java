package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.geo.DistrictNeighborhoods;
import tr.hemsehri.nlp.geo.Gazetteer;

/** Round 9: a mahalle name of many districts is placed by the district whose water is out right now. */
class GroupingRound9Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-09-10T05:00:00Z");
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(Gazetteer.loadDefault());

    GroupingRound9Test() {
        super(T0, 9000);
    }

    private long torbaliOutage(GroupingEngine e) {
        long id = 0;
        String[] texts = {"Torbalı Ertuğrul mahallesinde sabahtan beri su yok", "Ertuğrul'da su kesik, ne zaman gelecek",
            "@izsugm Torbalı Ertuğrul su yok 3 saattir", "Ertuğrul mh su yok hala"};
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Torbalı", "Ertuğrul", "WATER", i));
            if (d.outcome() != Outcome.POOLED) {
                id = d.incidentId();
            }
        }
        assertTrue(id != 0, "an incident opened");
        return id;
    }

    @Test
    void gazetteerKnowsTheAmbiguousName() {
        long districts = MAHALLES.named("cumhuriyet").stream().filter(p -> p.district().equals("Torbalı")).count();
        assertEquals(1, districts, "Torbalı has a Cumhuriyet mahallesi");
        assertTrue(MAHALLES.named("cumhuriyet").size() > 5, "and so do many other districts");
    }

    @Test
    void anUnplacedMahalleJoinsTheOutageOfTheDistrictThatHasIt() {
        String text = "Cumhuriyet mah da musluktan tek damla su akmiyor";
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long water = torbaliOutage(e);
        Decision d = offer(e, report(text, null, null, "WATER", 20));
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(water, d.incidentId());

        GroupingEngine without = new GroupingEngine(Thresholds.defaults());
        torbaliOutage(without);
        assertNotEquals(Outcome.JOINED, offer(without, report(text, null, null, "WATER", 20)).outcome(),
                "without the gazetteer the report has no district");
    }

    @Test
    void aProblemOfWeeksIsNotPlacedByTodaysOutage() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        torbaliOutage(e);
        Decision d = offer(e, report("Cumhuriyet mah da su basıncı 2 haftadır çok düşük", null, null, "WATER", 20));
        assertNotEquals(Outcome.JOINED, d.outcome(), d.toString());
    }
}
