package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.GroupingEngine.Outcome;
import tr.hemsehri.incident.grouping.JoinModel;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.grouping.Suggestions.Suggestion;
import tr.hemsehri.incident.grouping.Thresholds;

/**
 * Suggestions on an incident's page: the ungrouped recent reports of its place that the join model finds probable,
 * most probable first; never a report of another district, one already grouped, or any without a model.
 */
class GroupingSuggestionsTest extends GroupingFixture {
    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    GroupingSuggestionsTest() {
        super(Instant.parse("2025-06-02T07:00:00Z"), 7000);
    }

    private long powerCut(GroupingEngine e) {
        long id = incident(e, "İzmit", "Kozluk", "OTHER", 0, "@sedas Kozluk Mahallesi'nde elektrik kesildi",
                "kozluk ta elektrik yok sabahtan beri", "İzmit Kozluk elektrikler gitti, arıza mı var?",
                "Kozluk mahallesinde elektrik ne zaman gelecek @sedas");
        assertTrue(id > 0, "four reports of one power cut open an incident");
        return id;
    }

    @Test
    void theShippedModelSuggestsAFollowUpFromTheIncidentsMahalleAndNothingFromElsewhere() {
        JoinModel model = JoinModel.fromClasspath();
        assertNotNull(model, "the model ships on the classpath");
        assertTrue(model.weights().size() > 50, "a trained model, not an empty file");
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.suggestions().model(model, 0.5);
        long id = powerCut(e);
        // four reports are one fewer than the context join needs: the rules leave this follow-up in the pool
        Report followUp = report("Kozluk'ta da yok, ne zaman gelir", "İzmit", "Kozluk", "OTHER", 20);
        Report elsewhere = report("Gölcük'te çöpler üç gündür alınmadı", "Gölcük", "Merkez", "CLEANING", 21);
        assertEquals(Outcome.POOLED, offer(e, followUp).outcome(), "no rule joins a follow-up that names no class to a small incident");
        offer(e, elsewhere);
        List<Suggestion> s = e.suggestions().of(id, NOW);
        assertEquals(List.of(followUp.caseId()), s.stream().map(Suggestion::caseId).toList());
        assertTrue(s.get(0).probability() >= 0.5 && s.get(0).probability() < 1);
    }

    @Test
    void suggestionsFollowTheModelsWeightsAndTheThreshold() {
        // a model that believes only in the incident's own mahalle: the mechanism, without a trained model's numbers
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        assertEquals(List.of(), e.suggestions().of(powerCut(e), NOW), "no model, no suggestions");
        e.suggestions().model(new JoinModel(Map.of("bias", -4.0, "pA", 5.0)), 0.7);
        long id = e.iterator().next().id();
        Report sameMahalle = report("Kozluk'ta bugün çöp kamyonu gelmedi", "İzmit", "Kozluk", "CLEANING", 30);
        Report otherMahalle = report("Cedit'te asansörler çalışmıyor", "İzmit", "Cedit", "OTHER", 31);
        offer(e, sameMahalle);
        offer(e, otherMahalle);
        assertEquals(List.of(sameMahalle.caseId()), e.suggestions().of(id, NOW).stream().map(Suggestion::caseId).toList());
        assertEquals(1 / (1 + Math.exp(-1.0)), e.suggestions().of(id, NOW).get(0).probability(), 1e-9);
        e.suggestions().model(new JoinModel(Map.of("bias", -4.0, "pA", 5.0)), 0.8);
        assertEquals(List.of(), e.suggestions().of(id, NOW), "0.73 is under a threshold of 0.8");
    }

    @Test
    void aSameNamedMahalleOfAnotherDistrictIsAnotherPlace() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.suggestions().model(new JoinModel(Map.of("bias", -4.0, "pA", 5.0)), 0.7);
        long id = powerCut(e);
        Report ankara = report("Kozluk'ta elektrik yok", "Ankara", "Kozluk", "OTHER", 20);
        offer(e, ankara);
        assertEquals(List.of(), e.suggestions().of(id, NOW), "Kozluk of another district");
    }

    @Test
    void askingForSuggestionsLeavesThePoolAsItWas() {
        GroupingEngine e = new GroupingEngine(Thresholds.defaults());
        e.suggestions().model(JoinModel.fromClasspath(), 0.5);
        offer(e, report("Çınarlı'da çöpler alınmadı", "İzmit", "Çınarlı", "CLEANING", 0));
        offer(e, report("Cedit'te kaldırım kırık", "İzmit", "Cedit", "PUBLIC_WORKS", 5));
        int pooled = e.pooled();
        assertEquals(2, pooled);
        // announced for tomorrow: no report yet, its period far ahead of every pooled report
        Instant tomorrow = NOW.plusSeconds(24 * 3600);
        e.planned(9000, "İzmit", null, "WATER", tomorrow, tomorrow.plusSeconds(6 * 3600), "İzmit'te yarın planlı su kesintisi");
        assertEquals(List.of(), e.suggestions().of(9000, NOW));
        assertEquals(pooled, e.pooled(), "a read of the pool");
    }
}
