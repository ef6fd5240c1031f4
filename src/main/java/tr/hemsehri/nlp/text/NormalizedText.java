package tr.hemsehri.nlp.text;

import java.util.List;

/**
 * A message after Turkish normalisation.
 *
 * @param words       word tokens in text order (hashtag parts included, flagged)
 * @param hashtags    hashtag bodies, Turkish-lower-cased and ASCII-folded, without '#'
 * @param mentions    number of @mentions
 * @param urls        number of URLs
 * @param emojis      emoji classes in order (pos, neg, alarm, other)
 * @param questions   number of '?' characters
 * @param exclamations number of '!' characters
 * @param upperRatio  share of upper-case letters among letters (shouting)
 */
public record NormalizedText(List<Token> words, List<String> hashtags, int mentions, int urls, List<String> emojis,
        int questions, int exclamations, double upperRatio) {

    /**
     * One word.
     *
     * @param surface      the text as written (NFC), apostrophe suffix included
     * @param lower        Turkish lower case, apostrophe suffix removed (Lucene ApostropheFilter + TurkishLowerCaseFilter)
     * @param folded       {@code lower} folded to ASCII (ç→c, ğ→g, ı→i, ö→o, ş→s, ü→u, ...)
     * @param capitalized  first letter written upper case
     * @param sentenceStart first word of the text or after . ! ? or a line break
     * @param apostrophe   written with an apostrophe suffix ("Bostanlı'da"): a proper noun
     * @param fromHashtag  part of a hashtag
     */
    public record Token(String surface, String lower, String folded, boolean capitalized, boolean sentenceStart,
            boolean apostrophe, boolean fromHashtag) {
        /** Written like a proper noun: with an apostrophe suffix, or capitalised in mid-sentence. */
        public boolean properNounLike() {
            return apostrophe || (capitalized && !sentenceStart);
        }
    }

    public static final NormalizedText EMPTY = new NormalizedText(List.of(), List.of(), 0, 0, List.of(), 0, 0, 0);

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
