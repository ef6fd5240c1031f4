package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Session 18: a duration ("3 saat oldu") is not the live bus line of the same number, while "sabah 142" still names
 * bus 142; an underpass named only by where the writer stands ("Pınar mah. tarafından", "oturuyorum. Alt geçidin")
 * is the mahalle's underpass.
 */
class GroupingRound15Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-12-05T04:00:00Z");

    GroupingRound15Test() {
        super(T0, 15_000);
    }

    @Test
    void hoursOfAnOutageAreNotTheBusLineOfThatNumber() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long bus = incident(e, "Gaziemir", null, "TRANSPORT", 0, "3 numaralı otobüs gelmedi", "3 numaralı otobüs yok",
                "3 numaralı otobüs hala gelmedi", "3 numaralı otobüs sefer yapmıyor");
        long water = incident(e, "Gaziemir", "Sevgi", "WATER", 5, "Sevgi mahallesinde su yok",
                "sevgi mah su yok sabahtan beri", "Sevgi Mahallesi'nde sular kesik", "sevgi de su kesik");
        assertNotEquals(0, bus);
        assertNotEquals(0, water);
        Decision hours = offer(e, report("@izsu Sevgi mahallesi hala susuz, 3 saat oldu. Ekip çalışıyor ama tahmini "
                + "süre yok mu?", "Gaziemir", "Sevgi", "WATER", 30));
        assertEquals(water, hours.incidentId(), hours.toString());
    }

    @Test
    void aLineNumberAfterAMorningIsStillTheLine() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long bus = incident(e, "Esenyurt", null, "TRANSPORT", 0, "142 numaralı otobüs gelmedi",
                "142 numaralı otobüs yok", "142 numaralı otobüs hala gelmedi", "142 numaralı otobüs sefer yapmıyor");
        assertNotEquals(0, bus);
        Decision morning = offer(e, report("Sabah 142 hiç gelmedi, öğlen de yok, durakta bekliyoruz", "Esenyurt",
                "Aşık Veysel", "TRANSPORT", 30));
        assertEquals(bus, morning.incidentId(), "142 is no hour of the day: " + morning);
    }

    @Test
    void anUnderpassNamedByWhereTheWriterStandsIsTheMahallesOwn() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision first = offer(e, report("alt geçit yine su doldu araçlar geçemiyor", "Esenyurt", "Pınar", "WATER", 0));
        assertEquals(Outcome.POOLED, first.outcome());
        Decision second = offer(e, report("pinar mah tarafindan alt gecit kapali su basmis", "Esenyurt", "Pınar",
                "PUBLIC_WORKS", 10));
        assertEquals(Outcome.SPIKE, second.outcome(), second.toString());
        Decision third = offer(e, report("Pınar'da oturuyorum. Alt geçidin oradaki ızgaralar tıkalı, su taştı",
                "Esenyurt", "Pınar", "WATER", 20));
        assertEquals(second.incidentId(), third.incidentId(), third.toString());
    }
}
