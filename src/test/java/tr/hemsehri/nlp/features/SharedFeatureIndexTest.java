package tr.hemsehri.nlp.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tr.hemsehri.nlp.NlpModels;
import tr.hemsehri.nlp.text.TurkishNormalizer;
import tr.hemsehri.nlp.tools.Corpus;

class SharedFeatureIndexTest {

    /** The one-look-up path gives OpenNLP's own probabilities for every model type we ship (naive Bayes, perceptron, GIS). */
    @Test
    void predicateNumbersGiveOpenNlpsProbabilities() throws IOException {
        NlpModels m = NlpModels.loadDefault();
        TextModel[] models = {m.category(), m.department(), m.urgency(), m.outOfScope(), m.categoryAux()};
        SharedFeatureIndex index = new SharedFeatureIndex(models);
        List<Corpus.Example> texts = Corpus.read(Path.of("nlp-models/corpus/eval.jsonl"));
        int known = 0;
        for (Corpus.Example e : texts) {
            String[] context = m.category().context(DocumentTokens.of(TurkishNormalizer.get().normalize(e.text())));
            int[][] predicates = index.resolve(context);
            for (int k = 0; k < models.length; k++) {
                assertArrayEquals(models[k].probabilitiesOfContext(context), models[k].probabilitiesOfPredicates(predicates[k]),
                        1e-12, e.text());
                known += predicates[k].length;
            }
        }
        assertTrue(known > texts.size() * 5, "features resolved: " + known);
        // nothing known (an emoji-only or foreign text): the flat prior, as OpenNLP gives it
        int[][] none = index.resolve(new String[] {"w=qwzx", "zzz"});
        for (int k = 0; k < models.length; k++) {
            assertEquals(0, none[k].length);
            assertArrayEquals(models[k].probabilitiesOfContext(new String[] {"w=qwzx"}), models[k].probabilitiesOfPredicates(none[k]),
                    1e-12);
        }
    }

    @Test
    void repeatsAreKeptAndOrderFollowsTheContext() throws IOException {
        NlpModels m = NlpModels.loadDefault();
        TextModel cat = m.category();
        String[] names = cat.predicateNames();
        SharedFeatureIndex index = new SharedFeatureIndex(cat);
        int[][] r = index.resolve(new String[] {names[5], "unknown-feature", names[2], names[5]});
        assertArrayEquals(new int[] {5, 2, 5}, r[0]);
    }
}
