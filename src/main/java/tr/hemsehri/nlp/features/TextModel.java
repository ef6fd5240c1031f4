package tr.hemsehri.nlp.features;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One trained OpenNLP document-categorizer model plus the feature generators it was trained with. Evaluates the
 * underlying {@link MaxentModel} directly on the context built by {@link FeatureSet}, which is what
 * {@code DocumentCategorizerME.categorize} does, without reflective generator loading. Thread-safe (OpenNLP's
 * maxent, naive-bayes and perceptron models are immutable after training).
 */
public final class TextModel {
    private final MaxentModel model;
    private final FeatureGenerator[] generators;
    private final String[] outcomes;

    public TextModel(DoccatModel doccat, boolean charNgrams) {
        this.model = doccat.getMaxentModel();
        this.generators = FeatureSet.generators(charNgrams);
        this.outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
    }

    public static TextModel load(InputStream in, boolean charNgrams) throws IOException {
        return new TextModel(new DoccatModel(in), charNgrams);
    }

    public double[] probabilities(String[] docTokens) {
        return model.eval(FeatureSet.context(generators, docTokens));
    }

    /** Probabilities for a context already built with {@link #context(String[])} (shared by models with one feature set). */
    public double[] probabilitiesOfContext(String[] context) {
        return model.eval(context);
    }

    public String[] context(String[] docTokens) {
        return FeatureSet.context(generators, docTokens);
    }

    public String outcome(int i) {
        return outcomes[i];
    }

    public String[] outcomes() {
        return outcomes.clone();
    }

    public int index(String outcome) {
        return Arrays.asList(outcomes).indexOf(outcome);
    }

    public String best(double[] probs) {
        int b = 0;
        for (int i = 1; i < probs.length; i++) {
            if (probs[i] > probs[b]) {
                b = i;
            }
        }
        return outcomes[b];
    }
}
