package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;
import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Word features for agglutinative, often ASCII-typed Turkish: the folded word ("w=cop"), its Snowball stem folded
 * ("s=cop"), its 5-letter prefix ("p=toplan", robust to suffixes and typos at the end) and folded word bigrams
 * ("b=su_yok"). Digits are collapsed to "w=#num".
 */
public class TurkishWordFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> f = new ArrayList<>(text.length * 4);
        String prev = "^";
        for (String tok : text) {
            if (tok.startsWith(DocumentTokens.MARK)) {
                continue;
            }
            String folded = TurkishNormalizer.fold(tok);
            if (isNumber(folded)) {
                f.add("w=#num");
                prev = "#num";
                continue;
            }
            f.add("w=" + folded);
            if (folded.length() > 5) {
                f.add("p=" + folded.substring(0, 5));
                f.add("s=" + TurkishNormalizer.fold(TurkishNormalizer.stem(tok)));
            }
            f.add("b=" + prev + "_" + folded);
            prev = folded;
        }
        return f;
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
