package tr.hemsehri.nlp.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One hash look-up per feature for all the models that read the same context. OpenNLP looks every feature string
 * up in each model's own predicate map; with five models over one context that was most of the analysis time. This
 * index maps a feature once to its predicate number in every model, and {@link TextModel#probabilitiesOfPredicates}
 * evaluates each model on those numbers (same arithmetic as OpenNLP's string path, which drops unknown features).
 */
public final class SharedFeatureIndex {
    private final Map<String, int[]> predicates;
    private final int models;

    public SharedFeatureIndex(TextModel... ms) {
        models = ms.length;
        predicates = new HashMap<>(1 << 16);
        for (int m = 0; m < ms.length; m++) {
            String[] names = ms[m].predicateNames();
            for (int p = 0; p < names.length; p++) {
                int[] slot = predicates.computeIfAbsent(names[p], k -> {
                    int[] a = new int[models];
                    Arrays.fill(a, -1);
                    return a;
                });
                slot[m] = p;
            }
        }
    }

    /**
     * The context's features as predicate numbers of each model (row m for the m-th model given to the constructor),
     * in context order, repeats kept, features a model does not know left out.
     */
    public int[][] resolve(String[] context) {
        int[][] slots = new int[context.length][];
        int[] counts = new int[models];
        for (int i = 0; i < context.length; i++) {
            int[] s = predicates.get(context[i]);
            slots[i] = s;
            if (s != null) {
                for (int m = 0; m < models; m++) {
                    if (s[m] >= 0) {
                        counts[m]++;
                    }
                }
            }
        }
        int[][] out = new int[models][];
        for (int m = 0; m < models; m++) {
            out[m] = new int[counts[m]];
        }
        int[] fill = new int[models];
        for (int[] s : slots) {
            if (s == null) {
                continue;
            }
            for (int m = 0; m < models; m++) {
                if (s[m] >= 0) {
                    out[m][fill[m]++] = s[m];
                }
            }
        }
        return out;
    }
}
