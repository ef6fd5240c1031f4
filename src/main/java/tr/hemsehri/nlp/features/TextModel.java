package tr.hemsehri.nlp.features;

import java.util.IdentityHashMap;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

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
    /** The model's parameters, for evaluation on predicate numbers ({@link SharedFeatureIndex}). */
    private final EvalParameters params;
    private final Prior prior;
    private final String[] predicateNames;

    public TextModel(DoccatModel doccat, boolean charNgrams) {
        this.model = doccat.getMaxentModel();
        Object[] data = ((AbstractModel) model).getDataStructures();
        Context[] contexts = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        Map<Context, Integer> number = new IdentityHashMap<>();
        for (int i = 0; i < contexts.length; i++) {
            number.put(contexts[i], i);
        }
        predicateNames = new String[contexts.length];
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            Integer i = number.get(e.getValue());
            if (i == null) {
                throw new IllegalStateException("predicate " + e.getKey() + " has no parameter row");
            }
            predicateNames[i] = e.getKey();
        }
        this.params = field(model, "evalParams", EvalParameters.class);
        this.prior = model instanceof GISModel ? field(model, "prior", Prior.class) : null;
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

    /** Same probabilities as {@link #probabilitiesOfContext} for the context's predicate numbers in this model. */
    public double[] probabilitiesOfPredicates(int[] predicates) {
        double[] dist = new double[outcomes.length];
        if (model instanceof GISModel) {
            if (prior != null) {
                prior.logPrior(dist, predicates);
            }
            return GISModel.eval(predicates, dist, params);
        }
        if (model instanceof NaiveBayesModel) {
            return NaiveBayesModel.eval(predicates, dist, params);
        }
        if (model instanceof PerceptronModel) {
            return PerceptronModel.eval(predicates, dist, params);
        }
        throw new IllegalStateException("unsupported model type " + model.getClass().getName());
    }

    /** Predicate names by predicate number. */
    String[] predicateNames() {
        return predicateNames;
    }

    private static <T> T field(Object model, String name, Class<T> type) {
        try {
            java.lang.reflect.Field f = AbstractModel.class.getDeclaredField(name);
            f.setAccessible(true);
            return type.cast(f.get(model));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("OpenNLP model without " + name, e);
        }
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
