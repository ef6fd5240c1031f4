package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Decision;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.TextSignature;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Round 6: a named structure as evidence, an overrunning planned cut, a district-only report between two incidents,
 * the crew digging at a burst, a street named without the street word.
 */
class GroupingRound6Test extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-09-08T05:00:00Z");

    GroupingRound6Test() {
        super(T0, 6000);
    }

    /** Four reports of one thing; the incident they open. */
    private long open(GroupingEngine e, String district, String neighborhood, String department, int minute,
            String... texts) {
        long id = 0;
        for (int i = 0; i < texts.length; i++) {
            Decision d = offer(e, report(texts[i], district, neighborhood, department, minute + i));
            if (d.outcome() != Outcome.POOLED) {
                assertTrue(id == 0 || id == d.incidentId(), d.toString());
                id = d.incidentId();
            }
        }
        assertTrue(id != 0, "an incident opened");
        return id;
    }

    @Test
    void twoReportsOfOneNamedUnderpassFormAnIncidentThoughTheyShareFewWords() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Decision a = offer(e, report("@kocaelibld Yenidoğan alt geçidi yine su doldu, bir minibüs ortasında kaldı",
                "İzmit", "Yenidoğan", "TRANSPORT", 0));
        Decision b = offer(e, report("YENİDOĞAN ALT GEÇİDİ 3 SAATTİR KAPALI!!! Trafik kilitlendi", "İzmit",
                "Yenidoğan", "TRANSPORT", 40));
        assertEquals(Outcome.POOLED, a.outcome());
        assertEquals(Outcome.SPIKE, b.outcome(), "one named structure: " + b);
        assertEquals(2, b.members().size());
    }

    @Test
    void anOverrunningPlannedCutKeepsItsReports() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(91, "Darıca", "Bağlarbaşı", "WATER", T0, T0.plusSeconds(5 * 3600),
                "Bağlarbaşı Mahallesi'nde 09:00-14:00 arası planlı su kesintisi yapılacaktır.");
        int[] minutes = {60, 200, 320, 400, 470};
        for (int m : minutes) {
            Decision d = offer(e, report("Bağlarbaşı'nda hâlâ su yok, kesinti uzadı", "Darıca", "Bağlarbaşı", "WATER",
                    m));
            assertEquals(91, d.incidentId(), "minute " + m + ": " + d);
        }
        Decision late = offer(e, report("Bağlarbaşı'nda su geldi ama çamurlu akıyor", "Darıca", "Bağlarbaşı",
                "WATER", 560));
        assertEquals(91, late.incidentId(), "three hours past the announced end, reports still coming: " + late);
    }

    @Test
    void aDistrictOnlyReportBetweenTwoIncidentsJoinsNeither() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        // two cuts a moderator keeps apart (a planned one and a burst elsewhere), registered as incidents
        e.create(1, java.util.List.of(report("Bağlarbaşı'nda su yok", "Darıca", "Bağlarbaşı", "WATER", 0),
                report("Bağlarbaşı mah. su kesik", "Darıca", "Bağlarbaşı", "WATER", 1)));
        e.create(2, java.util.List.of(report("Fevziçakmak'ta su yok", "Darıca", "Fevziçakmak", "WATER", 10),
                report("Fevziçakmak mah. su kesik", "Darıca", "Fevziçakmak", "WATER", 11)));
        Decision d = offer(e, report("Darıca'da su yok hala ne zaman gelecek", "Darıca", null, "WATER", 30));
        assertEquals(Outcome.POOLED, d.outcome(), "which of the two cannot be told: " + d);

        GroupingEngine one = new GroupingEngine(Thresholds.defaults());
        long only = open(one, "Darıca", "Bağlarbaşı", "WATER", 0, "Bağlarbaşı'nda su yok", "Bağlarbaşı mah. su kesik",
                "Bağlarbaşı'nda musluktan su gelmiyor", "Bağlarbaşı su yok sabahtan beri");
        assertEquals(only, offer(one, report("Darıca'da su yok hala ne zaman gelecek", "Darıca", null, "WATER", 30))
                .incidentId(), "the only one live takes it");
    }

    @Test
    void theCrewDiggingInADryMahalleIsItsWaterIncident() {
        assertTrue(TextSignature.of("Ekipler kazı yapıyor Kozağaç'ta, 3 iş makinesi var").topics().contains("works"));
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        long cut = open(e, "Bayraklı", "Manavkuyu", "WATER", 0, "Manavkuyu'da su yok", "Manavkuyu mah. su kesik",
                "Manavkuyu'da musluktan su gelmiyor", "Manavkuyu su yok sabahtan beri");
        Decision d = offer(e, report("Manavkuyu'da ekipler kazı yapıyor, 3 iş makinesi var", "Bayraklı",
                "Manavkuyu", "PUBLIC_WORKS", 30));
        assertEquals(cut, d.incidentId(), d.toString());
    }

    @Test
    void aStreetReportedRightNowIsNamedWithoutTheStreetWord() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        offer(e, report("Mithatpaşa Caddesi Göztepe'de neden kapalı? Araçlar geri geri çıkıyor", "Konak", "Göztepe",
                "PUBLIC_WORKS", 0));
        Decision second = offer(e, report("Mithatpaşa Caddesi polis bariyeriyle kapatılmış, eve giremiyoruz",
                "Konak", "Göztepe", "PUBLIC_WORKS", 20));
        assertEquals(Outcome.SPIKE, second.outcome(), second.toString());
        Decision bare = offer(e, report("MİTHATPAŞA KAPALI, AMBULANS BİLE GEÇEMEZ!!!", null, null, "OTHER", 40));
        assertEquals(second.incidentId(), bare.incidentId(), bare.toString());
    }

    @Test
    void aPooledReportJoinsWhenTheIncidentLearnsItsStreet() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Report burst = report("Menderes caddesinde ana boru patladı galiba, araçlar geçemiyor", "Buca", null,
                "PUBLIC_WORKS", 0);
        assertEquals(Outcome.POOLED, offer(e, burst).outcome());
        long cut = open(e, "Buca", "Şirinkapı", "WATER", 5, "Şirinkapı'da su yok", "Şirinkapı mah. su kesik",
                "Şirinkapı'da musluktan su gelmiyor", "Şirinkapı su yok sabahtan beri");
        int pooledBefore = e.pooled();
        Decision d = offer(e, report("Şirinkapı'da su yok, ekip geldi mi Menderes caddesine?", "Buca", "Şirinkapı",
                "WATER", 30));
        assertEquals(cut, d.incidentId(), d.toString());
        assertTrue(d.members().stream().anyMatch(m -> m.caseId() == burst.caseId()),
                "the burst waiting in the pool names the street the incident has just learned: " + d.members());
        assertEquals(pooledBefore - 1, e.pooled(), "the burst left the pool");
    }

    @Test
    void aReportOfNoPlaceNamingAStreetWaitsForTheIncidentThatLearnsIt() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        Report burst = report("Menderes caddesi patlak boru: 1 saattir su fışkırıyor hâlâ ekip yok", null, null,
                "WATER", 0);
        assertEquals(Outcome.POOLED, offer(e, burst).outcome(), "no place, but a street: it waits");
        assertEquals(Outcome.SKIPPED, offer(e, report("su fışkırıyor hâlâ ekip yok", null, null, "WATER", 1))
                .outcome(), "no place and no street: nothing to wait for");
        long cut = open(e, "Buca", "Şirinkapı", "WATER", 5, "Şirinkapı'da su yok", "Şirinkapı mah. su kesik",
                "Şirinkapı'da musluktan su gelmiyor", "Şirinkapı su yok sabahtan beri");
        Decision d = offer(e, report("Şirinkapı'da su yok, ekip Menderes caddesine geldi mi?", "Buca", "Şirinkapı",
                "WATER", 30));
        assertEquals(cut, d.incidentId(), d.toString());
        assertTrue(d.members().stream().anyMatch(m -> m.caseId() == burst.caseId() && "Buca".equals(m.district())),
                "it joins, placed in the incident's district: " + d.members());
    }

    @Test
    void aDistrictWidePlannedCutTakesADistrictOnlyReportBesideAMahallesIncident() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(95, "Darıca", null, "WATER", T0, T0.plusSeconds(8 * 3600), "Darıca genelinde planlı su kesintisi.");
        e.create(1, java.util.List.of(report("Bağlarbaşı'nda su yok", "Darıca", "Bağlarbaşı", "WATER", 0),
                report("Bağlarbaşı mah. su kesik", "Darıca", "Bağlarbaşı", "WATER", 1)));
        Decision d = offer(e, report("Darıca'da su yok hala ne zaman gelecek", "Darıca", null, "WATER", 30));
        assertEquals(95, d.incidentId(), "the announced district-wide cut explains it: " + d);
    }

    @Test
    void anOverrunEndsOneWindowAfterTheAnnouncedEnd() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.planned(96, "Darıca", "Bağlarbaşı", "WATER", T0, T0.plusSeconds(3600), "Bağlarbaşı'nda planlı su kesintisi.");
        Decision last = null;
        for (int m = 60; m <= 60 + 9 * 60; m += 60) { // a report every hour for ten hours
            last = offer(e, report("Bağlarbaşı'nda hâlâ su yok, kesinti uzadı", "Darıca", "Bağlarbaşı", "WATER", m));
        }
        assertTrue(last.incidentId() != 96, "nine hours past the end the cut takes no more reports: " + last);
    }
}
