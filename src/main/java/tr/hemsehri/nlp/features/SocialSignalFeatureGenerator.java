package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Social-media signals as features: @mention, URL, each hashtag and its presence, emoji classes (pos/neg/alarm),
 * question mark, repeated '!', shouting in capitals, no words at all.
 */
public class SocialSignalFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        List<String> f = new ArrayList<>(4);
        boolean ht = false;
        for (String tok : text) {
            if (tok.startsWith(DocumentTokens.MARK)) {
                String m = tok.substring(DocumentTokens.MARK.length());
                f.add("sig=" + m);
                if (m.startsWith("ht=")) {
                    ht = true;
                }
            }
        }
        if (ht) {
            f.add("sig=hashtag");
        }
        f.add("bias");
        return f;
    }
}
