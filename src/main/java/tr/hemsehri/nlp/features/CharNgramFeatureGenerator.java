package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Character 4-grams of folded words with boundary marks ("_cop", "copl", "ople", ...): catches typos ("ilaçaam"),
 * glued words ("suyok") and unseen inflections. Words shorter than 4 letters are skipped (the word feature has them).
 */
public class CharNgramFeatureGenerator implements FeatureGenerator {
    private static final int N = 4;

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> f = new ArrayList<>(text.length * 6);
        for (String tok : text) {
            if (tok.startsWith(DocumentTokens.MARK) || tok.length() < 4) {
                continue;
            }
            String w = "_" + TurkishNormalizer.fold(tok) + "_";
            for (int i = 0; i + N <= w.length(); i++) {
                f.add("c=" + w.substring(i, i + N));
            }
        }
        return f;
    }
}
