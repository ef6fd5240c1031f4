package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.Group;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.NewIncidentSuggestions.Proposal;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Proposals on the incident list: ungrouped reports of one place that the model pairs, settled for an hour, are one
 * proposed group; another mahalle's report and the last hour's reports stay out; asking leaves the pool as it was;
 * accepting opens the incident and empties the proposal.
 */
class GroupingProposalsTest extends GroupingFixture {
    private static final Instant T0 = Instant.parse("2025-06-02T07:00:00Z");

    GroupingProposalsTest() {
        super(T0, 8000);
    }

    @Test
    void pairedReportsOfOneMahalleSettledForAnHourAreOneProposal() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        // a model that believes only in one mahalle: the mechanism, without a trained model's numbers
        e.proposals().model(new JoinModel(Map.of("P.bias", -4.0, "P.pA", 5.0)), 0.7);
        Report a = report("Egemenlik'te elektrik direği eğilmiş", "Bornova", "Egemenlik", "OTHER", 0);
        Report b = report("egemenlikte kablolar sarkmis", "Bornova", "Egemenlik", "PUBLIC_WORKS", 10);
        Report elsewhere = report("Çamkule'de kaldırım kırık", "Bornova", "Çamkule", "PUBLIC_WORKS", 15);
        Report late = report("Egemenlik'te çöp alınmadı", "Bornova", "Egemenlik", "CLEANING", 100);
        for (Report r : List.of(a, b, elsewhere, late)) {
            offer(e, r);
        }
        Instant now = T0.plusSeconds(60 * 120);
        int pooled = e.pooled();
        List<Proposal> p = e.proposals().of(now);
        assertEquals(1, p.size(), p.toString());
        assertEquals(List.of(a.caseId(), b.caseId()), p.get(0).caseIds(), "the last hour's report may still spike");
        assertEquals(1 / (1 + Math.exp(-1.0)), p.get(0).probability(), 1e-9);
        assertEquals(pooled, e.pooled(), "a read of the pool");
        Group g = e.proposals().accept(p.get(0).caseIds(), 9001, now, e::create);
        assertNotNull(g);
        assertEquals(2, g.size());
        assertEquals(pooled - 2, e.pooled());
        assertEquals(List.of(), e.proposals().of(now), "opened: nothing left to propose");
    }

    @Test
    void theShippedModelHasPairWeightsAndNoModelProposesNothing() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        // a bent pole and its hanging cables: no rule pairs them (no shared class, cosine 0.2)
        offer(e, report("Bornova Egemenlik'te elektrik direği eğilmiş, kablolar sarkıyor", "Bornova", "Egemenlik",
                "OTHER", 0));
        offer(e, report("egemenlikte kablolar yere kadar sarkmis tehlikeli", "Bornova", "Egemenlik", "PUBLIC_WORKS",
                10));
        assertEquals(2, e.pooled());
        assertEquals(List.of(), e.proposals().of(T0.plusSeconds(7200)), "no model, no proposals");
        JoinModel shipped = JoinModel.fromClasspath();
        assertTrue(shipped.weights().keySet().stream().filter(k -> k.startsWith("P.")).count() > 50);
        e.proposals().model(shipped, 0.7);
        assertEquals(1, e.proposals().of(T0.plusSeconds(7200)).size());
    }

    @Test
    void aGroupsProbabilityIsTheMeanOfItsLinkedPairsAndAChainPastTenIsNoProposal() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        // one mahalle links every pair at 0.731; "ne zaman" in one of the two lifts a pair to 0.881
        e.proposals().model(new JoinModel(Map.of("P.bias", -4.0, "P.pA", 5.0, "P.miss", 1.0)), 0.7);
        offer(e, report("direk eğildi ne zaman gelecekler", "Bornova", "Egemenlik", "OTHER", 0));
        offer(e, report("kablo sarkıyor tehlikeli", "Bornova", "Egemenlik", "OTHER", 2));
        offer(e, report("tel yere değiyor çocuklar oynuyor", "Bornova", "Egemenlik", "OTHER", 4));
        assertEquals(3, e.pooled(), "no rule pairs them");
        List<Proposal> p = e.proposals().of(T0.plusSeconds(7200));
        assertEquals(1, p.size(), p.toString());
        double linked = 1 / (1 + Math.exp(-1.0));
        double asked = 1 / (1 + Math.exp(-2.0));
        assertEquals((2 * asked + linked) / 3, p.get(0).probability(), 1e-9, "three pairs, each counted once");

        GroupingEngine many = new GroupingEngine(Thresholds.defaults());
        many.proposals().model(new JoinModel(Map.of("P.bias", -4.0, "P.pA", 5.0)), 0.7);
        for (int i = 0; i < 11; i++) {
            offer(many, report("şikayet " + i, "Buca", "Kozağaç", "OTHER", i * 3));
        }
        assertEquals(List.of(), many.proposals().of(T0.plusSeconds(7200)), "eleven linked reports are many things");
    }
}
