package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/** The feature generators used by every Hemşehri text model, in one place so training and runtime agree. */
public final class FeatureSet {
    private static final Map<String, Object> NO_EXTRA = Map.of();

    private FeatureSet() {
    }

    public static FeatureGenerator[] generators(boolean charNgrams) {
        List<FeatureGenerator> g = new ArrayList<>();
        g.add(new TurkishWordFeatureGenerator());
        if (charNgrams) {
            g.add(new CharNgramFeatureGenerator());
        }
        g.add(new LexiconFeatureGenerator());
        g.add(new SocialSignalFeatureGenerator());
        return g.toArray(FeatureGenerator[]::new);
    }

    public static String[] context(FeatureGenerator[] gens, String[] docTokens) {
        List<String> f = new ArrayList<>(docTokens.length * 10);
        for (FeatureGenerator g : gens) {
            f.addAll(g.extractFeatures(docTokens, NO_EXTRA));
        }
        return f.toArray(String[]::new);
    }
}
