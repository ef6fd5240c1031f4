package tr.hemsehri.nlp.features;

/**
 * Linear combination of two category models' probabilities: {@code w * P_main + (1 - w) * P_aux}, the auxiliary
 * model's outcomes re-ordered to the main model's. The weight is chosen by {@code Train --compare} on the validation
 * split carved from TRAIN (never on an eval file) and stored in {@code models.properties}.
 */
public final class CategoryEnsemble {
    private CategoryEnsemble() {
    }

    public static double[] combine(TextModel main, double[] pMain, TextModel aux, double[] pAux, double w) {
        if (aux == null || w >= 1.0) {
            return pMain;
        }
        double[] out = new double[pMain.length];
        for (int i = 0; i < out.length; i++) {
            int j = aux.index(main.outcome(i));
            out[i] = w * pMain[i] + (1 - w) * (j < 0 ? 0 : pAux[j]);
        }
        return out;
    }
}
