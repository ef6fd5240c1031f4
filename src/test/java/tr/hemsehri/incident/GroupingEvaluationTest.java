package tr.hemsehri.incident;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tr.hemsehri.incident.grouping.Thresholds;
import tr.hemsehri.incident.tools.GroupingEvaluation;
import tr.hemsehri.nlp.AnalysisRequest;
import tr.hemsehri.nlp.OpenNlpMessageAnalyzer;

/** The labelled streams under nlp-models/incidents/streams: pairwise precision and recall stay at or above 0.9. */
class GroupingEvaluationTest {
    @Test
    void pairwisePrecisionAndRecallAtLeastNinety() {
        OpenNlpMessageAnalyzer analyzer = OpenNlpMessageAnalyzer.fromClasspath();
        var s = GroupingEvaluation.evaluate(GroupingEvaluation.load(Path.of("nlp-models/incidents/streams")),
                Thresholds.defaults(), t -> analyzer.analyze(AnalysisRequest.of(t)));
        System.out.println("Incident grouping: " + s.line());
        assertTrue(s.pairPrecision() >= 0.9, s.line());
        assertTrue(s.pairRecall() >= 0.9, s.line());
        assertTrue(s.b3Precision() >= 0.9 && s.b3Recall() >= 0.9, s.line());
    }
}
