package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.nlp.geo.DistrictNeighborhoods;
import tr.hemsehri.nlp.geo.Gazetteer;

/**
 * Session 19: a report of no place that names a mahalle ("kazimkarabekirde su yok", a person's name in lower case;
 * "Emek Mahallesi'nde", a mahalle of three Kocaeli districts) and arrives before its incident waits for it, and
 * joins when the incident reaches that mahalle; one naming two mahalles of one outage is placed.
 */
class GroupingRound16Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-06T04:00:00Z");
    private static final DistrictNeighborhoods MAHALLES = new DistrictNeighborhoods(Gazetteer.loadDefault());

    GroupingRound16Test() {
        super(T0, 16_000);
    }

    private static List<Long> ids(Decision d) {
        return d.members().stream().map(Report::caseId).toList();
    }

    @Test
    void aPlacelessFirstReportJoinsTheOutageWhenItOpensInItsMahalle() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report early = report("kazimkarabekirde su yok sabah sabah", null, null, "WATER", 0);
        Decision waiting = offer(e, early);
        assertEquals(Outcome.POOLED, waiting.outcome(), "it waits for its mahalle: " + waiting);
        Report other = report("emek mh su yok hala, bi aciklama yapin", null, null, "WATER", 1);
        offer(e, other);
        Decision opened = null;
        String[] texts = {"Darıca Kazımkarabekir Mahallesi'nde su yok, musluklar hava çekiyor",
            "Kazımkarabekir'de sabahtan beri su kesik", "Kazımkarabekir mahallesi susuz kaldı",
            "Kazımkarabekir'de su yok, ne zaman gelecek?"};
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Darıca", "Kazımkarabekir", "WATER", 10 + i));
            if (d.outcome() == Outcome.SPIKE) {
                opened = d;
            }
        }
        assertNotEquals(null, opened, "the four placed reports open the outage");
        assertTrue(ids(opened).contains(early.caseId()), "the early report joins it: " + opened);
        assertTrue(!ids(opened).contains(other.caseId()), "Emek is not reached yet: " + opened);
        Decision emek = offer(e, report("Emek Mahallesi'nde de su yok, üç mahalle susuz", "Darıca", "Emek", "WATER",
                30));
        assertEquals(opened.incidentId(), emek.incidentId(), emek.toString());
        assertTrue(ids(emek).contains(other.caseId()), "once the outage reaches Emek its waiting report joins: " + emek);
    }

    @Test
    void aWaitingReportOfAnotherProblemStaysOut() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        Report garbage = report("kazimkarabekirde cop toplanmiyor 3 gundur", null, null, "CLEANING", 0);
        offer(e, garbage);
        long water = incident(e, "Darıca", "Kazımkarabekir", "WATER", 10,
                "Darıca Kazımkarabekir Mahallesi'nde su yok", "Kazımkarabekir'de sabahtan beri su kesik",
                "Kazımkarabekir mahallesi susuz kaldı", "Kazımkarabekir'de su yok, ne zaman gelecek?");
        assertNotEquals(0, water);
        assertEquals(4, e.group(water).size(), "the garbage report does not join the water cut");
    }

    @Test
    void twoMahallesOfOneOutageNamedTogetherArePlaced() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults(), MAHALLES);
        long cut = incident(e, "Çayırova", "Emek", "OTHER", 0, "Emek Mahallesi'nde elektrik kesik",
                "Emek'te elektrikler gitti", "Emek mahallesi elektrik yok", "Emek'te elektrik ne zaman gelecek");
        assertNotEquals(0, cut);
        Decision atat = offer(e, report("Atatürk Mahallesi'nde de elektrik yok", "Çayırova", "Atatürk", "OTHER", 10));
        assertEquals(cut, atat.incidentId(), atat.toString());
        Decision both = offer(e, report("emekte geldi elektrik ataturkte hala yok mu", null, null, "OTHER", 20));
        assertEquals(cut, both.incidentId(), "both mahalles are the one outage's: " + both);
    }
}
