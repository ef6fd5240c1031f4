package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.List;

import tr.hemsehri.nlp.text.NormalizedText;

/**
 * Turns a {@link NormalizedText} into the token array OpenNLP's document categorizer sees: the Turkish-lower-cased
 * words, then signal markers starting with {@value #MARK} (mentions, URLs, hashtags, emoji classes, '?', '!',
 * shouting). The feature generators in this package read this array.
 */
public final class DocumentTokens {
    public static final String MARK = "\u0001";
    /** At most this many words are used (the analyser must stay fast on very long texts). */
    public static final int MAX_WORDS = 400;

    private DocumentTokens() {
    }

    public static String[] of(NormalizedText t) {
        List<String> out = new ArrayList<>(Math.min(t.words().size(), MAX_WORDS) + 8);
        int k = 0;
        for (NormalizedText.Token w : t.words()) {
            if (k++ >= MAX_WORDS) {
                break;
            }
            out.add(w.lower());
        }
        if (t.mentions() > 0) {
            out.add(MARK + "mention");
        }
        if (t.urls() > 0) {
            out.add(MARK + "url");
        }
        for (String h : t.hashtags()) {
            out.add(MARK + "ht=" + h);
        }
        for (String e : t.emojis()) {
            out.add(MARK + "emo=" + e);
        }
        if (t.questions() > 0) {
            out.add(MARK + "question");
        }
        if (t.exclamations() > 1) {
            out.add(MARK + "exclaims");
        }
        if (t.upperRatio() > 0.6 && t.words().size() > 2) {
            out.add(MARK + "shout");
        }
        if (t.words().isEmpty()) {
            out.add(MARK + "nowords");
        }
        return out.toArray(String[]::new);
    }
}
