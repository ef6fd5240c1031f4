package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;

/** Round 8: a report that names no class beside an established outage of its mahalle; ambiguity between two. */
class GroupingRound8Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-09-09T05:00:00Z");

    GroupingRound8Test() {
        super(T0, 8000);
    }

    private long outage(GroupingEngine e, String neighborhood, String what, int minute) {
        long id = 0;
        String[] texts = {neighborhood + " mahallesinde sabahtan beri " + what + " yok",
            neighborhood + "'da " + what + " kesik, ne zaman gelecek", "@izmirbld " + neighborhood + " " + what
                + " yok 3 saattir", neighborhood + " mh " + what + " yok hala", "#" + neighborhood + " " + what
                + " kesintisi bitmedi", neighborhood + "'da evlerde " + what + " yok, yaşlılar var"};
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], "Buca", neighborhood, what.equals("su") ? "WATER" : "OTHER",
                    minute + i));
            if (d.outcome() != Outcome.POOLED) {
                id = d.incidentId();
            }
        }
        assertTrue(id != 0, "an incident opened");
        return id;
    }

    @Test
    void aReportThatNamesOnlyItsMahalleJoinsTheOutageThere() {
        String text = "Kozağaç'ta da yok 😤 arkadaşlar kimse bi açıklama yapmıyor";
        assertTrue(TextSignature.of(text).topics().isEmpty(), "it names no class");
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long water = outage(e, "Kozağaç", "su", 0);
        Decision d = offer(e, report(text, "Buca", "Kozağaç", "TRANSPORT", 30));
        assertEquals(Outcome.JOINED, d.outcome(), d.toString());
        assertEquals(water, d.incidentId());

        GroupingEngine off = new GroupingEngine(Thresholds.defaults().withLinkage(Thresholds.Linkage.OFF));
        outage(off, "Kozağaç", "su", 0);
        assertNotEquals(Outcome.JOINED, offer(off, report(text, "Buca", "Kozağaç", "TRANSPORT", 30)).outcome(),
                "without the rule the report waits alone");
    }

    @Test
    void chatterFromTheMahalleDoesNotJoin() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        outage(e, "Kozağaç", "su", 0);
        Decision d = offer(e, report("Kozağaç'ta gün batımı 🌅 bu sıcakta tek teselli", "Buca", "Kozağaç", "OTHER",
                30));
        assertNotEquals(Outcome.JOINED, d.outcome(), "says nothing is missing: " + d);
    }

    @Test
    void besideTwoOutagesOfDifferentClassesItJoinsNeither() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        outage(e, "Kozağaç", "su", 0);
        outage(e, "Kozağaç", "elektrik", 10);
        Decision d = offer(e, report("Kozağaç'ta bizde de yok, ne zaman gelir", "Buca", "Kozağaç", "OTHER", 30));
        assertNotEquals(Outcome.JOINED, d.outcome(), "which one cannot be told: " + d);
    }
}
