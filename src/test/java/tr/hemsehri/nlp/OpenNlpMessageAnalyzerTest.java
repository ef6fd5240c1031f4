package tr.hemsehri.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.tools.Corpus;
import tr.hemsehri.nlp.tools.Evaluate;

class OpenNlpMessageAnalyzerTest {

    static OpenNlpMessageAnalyzer izmir;

    @BeforeAll
    static void load() {
        izmir = OpenNlpMessageAnalyzer.fromClasspath("İzmir", null);
    }

    private static void sane(Analysis a) {
        assertNotNull(a.category());
        assertNotNull(a.department());
        assertEquals(3, a.scores().size());
        assertTrue(a.confidence() >= 0 && a.confidence() <= 1);
        double sum = a.scores().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-6);
    }

    @Test
    void badInputsAnswerAndNeverThrow() {
        for (String s : new String[] {"", "   ", null, "😀😀🙏🔥", "x".repeat(10_000), "ab ".repeat(5_000),
                "The water has been cut for three days, please help", "الماء مقطوع منذ ثلاثة أيام", "#####@@@@''''",
                "\u0000\u0001\t\n"}) {
            Analysis a = izmir.analyze(AnalysisRequest.of(s));
            sane(a);
            // no feature the models know gives their flat distribution: that must not read as urgent/out of scope
            assertTrue(!a.urgent() && a.urgencyReason() == null, "not urgent: " + s);
            assertNull(a.outOfScope(), "in scope: " + s);
        }
        Analysis empty = izmir.analyze(AnalysisRequest.of(""));
        assertTrue(empty.confidence() <= 0.34, "no words: low confidence");
        assertNull(empty.neighborhood());
        sane(izmir.analyze(null));
    }

    @Test
    void typicalMessages() {
        Analysis a = izmir.analyze(AnalysisRequest.of("Bostanlı'da 3 gündür çöpler alınmadı, rezalet!"));
        assertEquals(Category.COMPLAINT, a.category());
        assertEquals(DepartmentCodes.CLEANING, a.department());
        assertEquals("Karşıyaka", a.district());
        assertEquals("Bostanlı", a.neighborhood());
        assertEquals(41108L, a.neighborhoodId());

        Analysis gas = izmir.analyze(AnalysisRequest.of("apartmanda yoğun doğalgaz kokusu var"));
        assertTrue(gas.urgent());
        assertNotNull(gas.outOfScope());
        assertEquals("NATURAL_GAS", gas.outOfScope().institution());
        assertEquals("187", gas.outOfScope().phone());

        Analysis funeral = izmir.analyze(AnalysisRequest.of("babamız vefat etti cenaze aracı talep ediyoruz"));
        assertTrue(funeral.urgent());
        assertEquals(DepartmentCodes.FUNERAL, funeral.department());

        Analysis mixed = izmir.analyze(AnalysisRequest.of("teşekkürler ama hâlâ su yok"));
        assertEquals(Category.COMPLAINT, mixed.category());
    }

    @Test
    void esenyurtDeployment() {
        OpenNlpMessageAnalyzer esenyurt = OpenNlpMessageAnalyzer.fromClasspath("İstanbul", "Esenyurt");
        Analysis a = esenyurt.analyze(AnalysisRequest.of("Kıraç'ta yollar çamur içinde"));
        assertEquals("Esenyurt", a.district());
        assertNull(a.neighborhood());
    }

    /**
     * The targets, enforced on the held-out split (and no lower on the independent set): fails CI when the
     * shipped models/rules miss one. Stricter regression floors (just under the measured figures) where the figures
     * are well above the target.
     */
    @Test
    void shippedModelMeetsFloorOnEvalSplit() throws Exception {
        Path eval = Path.of("nlp-models/corpus/eval.jsonl");
        Evaluate.Summary s = Evaluate.evaluate(izmir, Corpus.read(eval), false);
        assertTrue(s.n() >= 400, "eval split size");
        assertTrue(s.categoryMacroF1() >= FLOOR_CATEGORY_F1, "category macro-F1 " + s.categoryMacroF1());
        assertTrue(s.urgentRecall() >= TARGET_URGENT_RECALL, "urgent recall " + s.urgentRecall());
        assertTrue(s.urgentPrecision() >= 0.97, "urgent precision " + s.urgentPrecision());
        assertTrue(s.oosF1() >= 0.97, "out-of-scope F1 " + s.oosF1());
        assertTrue(s.departmentAccuracy() >= FLOOR_DEPARTMENT_ACC, "department accuracy " + s.departmentAccuracy());
        assertTrue(s.districtAccuracy() >= 0.99, "district accuracy " + s.districtAccuracy());
        assertTrue(s.neighborhoodExact() >= 0.98, "neighbourhood exact " + s.neighborhoodExact());
        assertEquals(0, s.inventedForColloquial(), "invented neighbourhood for a colloquial name");
    }

    /** The targets (category macro-F1 ≥ 0.90; urgent recall ≥ 0.95 at precision ≥ 0.80, checked ≥ 0.97 here). */
    static final double FLOOR_CATEGORY_F1 = 0.90;
    static final double TARGET_URGENT_RECALL = 0.95;
    /** Not a target: a regression floor just under the measured figure (see nlp-models/REPORT.md). */
    static final double FLOOR_DEPARTMENT_ACC = 0.83;

    /** Regression floor on the hand-written independent eval set (other styles than the generator; never trained on). */
    @Test
    void shippedModelMeetsFloorOnIndependentEval() throws Exception {
        Evaluate.Summary s = Evaluate.evaluate(izmir, Corpus.read(Path.of("nlp-models/corpus/eval-independent.jsonl")), false);
        assertTrue(s.n() >= 300, "independent eval size");
        assertTrue(s.categoryMacroF1() >= FLOOR_CATEGORY_F1, "category macro-F1 " + s.categoryMacroF1());
        assertTrue(s.departmentAccuracy() >= 0.92, "department accuracy " + s.departmentAccuracy());
        assertTrue(s.urgentRecall() >= TARGET_URGENT_RECALL, "urgent recall " + s.urgentRecall());
        assertTrue(s.urgentPrecision() >= 0.95, "urgent precision " + s.urgentPrecision());
        assertTrue(s.oosF1() >= 0.95, "out-of-scope F1 " + s.oosF1());
        assertTrue(s.districtAccuracy() >= 0.98, "district accuracy " + s.districtAccuracy());
        assertTrue(s.neighborhoodExact() >= 0.98, "neighbourhood exact " + s.neighborhoodExact());
        assertEquals(0, s.inventedForColloquial(), "invented neighbourhood for a colloquial name");
    }

    /**
     * The model alone once referred "Kazımdirik'te su yok" to the gas company (the "kaz" of Kazımdirik reads like
     * "kazı") and filed "su yok ne zaman gelecek" under electricity: a message naming one of our own services stays
     * ours and goes to that service; a rule-matched referral still wins.
     */
    @Test
    void ourOwnServiceWordsAreNeverReferredByTheModelAlone() {
        String[][] cases = {
                {"Kazımdirik'te su yok, ne zaman gelecek?", "WATER"},
                {"su yok ne zaman gelecek", "WATER"},
                {"Bostanlı'da sular kesik ne zaman gelir", "WATER"},
                {"Kazımdirik'te yolda çukur var", "PUBLIC_WORKS"},
                {"cop toplanmiyor kazimdirik", "CLEANING"},
        };
        for (String[] c : cases) {
            Analysis a = izmir.analyze(AnalysisRequest.of(c[0]));
            assertNull(a.outOfScope(), c[0] + " -> " + a.outOfScope());
            assertEquals(c[1], a.department(), c[0]);
        }
        Analysis gas = izmir.analyze(AnalysisRequest.of("Bostanlı'da doğalgaz kokusu var, su da yok"));
        assertNotNull(gas.outOfScope());
        assertEquals("NATURAL_GAS", gas.outOfScope().institution());
        assertEquals("OTHER", gas.department());
    }
}
