package tr.hemsehri.nlp.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tr.hemsehri.nlp.features.DocumentTokens;
import tr.hemsehri.nlp.features.TextModel;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * The moderators' export ({@code /api/v1/corrections/export}, written by {@code CorrectionExport}) is read by
 * {@code Train --extra} and a retrain learns from it. The lines below have exactly the export's shape: key order
 * id, text, then the judged fields; {@code urgency_reason: null} only with {@code urgent: false}; no
 * {@code out_of_scope} key.
 */
class CorrectionsRetrainTest {

    static final String EXPORT = String.join("\n",
            "{\"id\":\"correction-case-7\",\"text\":\"trampolinci trampolinci\",\"department\":\"CULTURE\",\"category\":\"SUPPORT\"}",
            "{\"id\":\"correction-case-8\",\"text\":\"trampolinci geldi\",\"department\":\"CULTURE\",\"urgent\":false,\"urgency_reason\":null}",
            "{\"id\":\"correction-case-9\",\"text\":\"trampolinci gitti\",\"department\":\"CULTURE\",\"urgent\":true}",
            "{\"id\":\"correction-case-10\",\"text\":\"trampolinci yok\",\"department\":\"CULTURE\",\"neighborhood\":\"Bostanlı\","
                    + "\"neighborhood_id\":41108,\"district\":\"Karşıyaka\"}",
            "");

    @Test
    void readsTheExportFormat(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("corrections.jsonl"), EXPORT, StandardCharsets.UTF_8);
        List<Corpus.Example> rows = Corpus.read(dir);
        assertEquals(4, rows.size());
        Corpus.Example first = rows.get(0);
        assertEquals("correction-case-7", first.id());
        assertEquals("SUPPORT", first.category());
        assertEquals("CULTURE", first.department());
        assertNull(first.urgent(), "urgency not judged");
        assertFalse(first.hasOutOfScope(), "out of scope not judged");
        assertEquals("NONE", label("urgency", rows.get(1)));
        assertNull(label("urgency", rows.get(2)), "urgent without a reason teaches the urgency model nothing");
        assertNull(label("oos", first));
        assertNull(label("category", rows.get(1)));
        assertEquals(41108L, rows.get(3).neighborhoodId());
        assertEquals("Karşıyaka", rows.get(3).district());
    }

    @Test
    void retrainWithExtraLearnsTheCorrections(@TempDir Path dir) throws Exception {
        // a small base corpus: the first 400 generated training rows (none mentions the word the corrections teach)
        List<String> base = Files.readAllLines(Path.of("nlp-models/corpus/train.jsonl"), StandardCharsets.UTF_8)
                .subList(0, 400);
        assertTrue(base.stream().noneMatch(l -> l.contains("trampolin")));
        Path corpus = dir.resolve("base.jsonl");
        Files.write(corpus, base, StandardCharsets.UTF_8);
        Path extra = dir.resolve("extra");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("corrections.jsonl"), EXPORT, StandardCharsets.UTF_8);

        String[] tiny = {"--corpus", corpus.toString(), "--iterations", "30", "--cutoff", "1"};
        Path without = dir.resolve("without");
        Path with = dir.resolve("with");
        Train.main(concat(tiny, "--out", without.toString()));
        Train.main(concat(tiny, "--out", with.toString(), "--extra", extra.toString()));

        assertEquals("400", trained(without).getProperty("trainingMessages"));
        assertEquals("404", trained(with).getProperty("trainingMessages"));
        assertNotEquals("CULTURE", department(without, "trampolinci trampolinci"));
        assertEquals("CULTURE", department(with, "trampolinci trampolinci"));
    }

    @Test
    void refusesEveryEvalFile() {
        for (String f : new String[] {"eval.jsonl", "eval-independent.jsonl", "eval-fresh.jsonl"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> Train.main(new String[] {"--corpus", "nlp-models/corpus/" + f, "--out", "target/never"}), f);
            assertThrows(IllegalArgumentException.class,
                    () -> Train.main(new String[] {"--extra", "nlp-models/corpus/" + f, "--out", "target/never"}), f);
        }
        assertFalse(Files.exists(Path.of("target/never")));
    }

    private static String label(String task, Corpus.Example e) {
        return Train.task(task).apply(e);
    }

    private static Properties trained(Path out) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(out.resolve("models.properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    private static String department(Path out, String text) throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("department.bin"))) {
            TextModel m = TextModel.load(in, false);
            return m.best(m.probabilities(DocumentTokens.of(TurkishNormalizer.get().normalize(text))));
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
