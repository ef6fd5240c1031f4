package tr.hemsehri.nlp.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Turkish normalisation for social-media text: NFC, a tokenizer that knows URLs, @mentions, #hashtags (split into
 * words) and emojis, then Lucene's {@link ApostropheFilter} ("Bostanlı'da" → "bostanlı") and
 * {@link TurkishLowerCaseFilter} (İ→i, I→ı), ASCII folding ("çöp" → "cop") and a cached Snowball
 * {@link TurkishStemmer}. Thread-safe.
 */
public final class TurkishNormalizer {

    /** Texts longer than this are cut (the analyser must answer quickly on any input). */
    public static final int MAX_CHARS = 4000;

    private static final Analyzer LUCENE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream ts = new ApostropheFilter(source);
            ts = new TurkishLowerCaseFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };

    private static final TurkishNormalizer INSTANCE = new TurkishNormalizer();

    public static TurkishNormalizer get() {
        return INSTANCE;
    }

    public NormalizedText normalize(String input) {
        if (input == null || input.isBlank()) {
            return NormalizedText.EMPTY;
        }
        String text = input.length() > MAX_CHARS ? input.substring(0, MAX_CHARS) : input;
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        List<String> surfaces = new ArrayList<>();
        List<boolean[]> flags = new ArrayList<>(); // capitalized, sentenceStart, apostrophe, fromHashtag
        List<String> hashtags = new ArrayList<>();
        List<String> emojis = new ArrayList<>();
        int mentions = 0, urls = 0, questions = 0, exclamations = 0, letters = 0, uppers = 0;
        boolean sentenceStart = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.isUpperCase(cp)) {
                    uppers++;
                }
            }
            if (Character.isWhitespace(cp)) {
                if (cp == '\n') {
                    sentenceStart = true;
                }
                i += len;
                continue;
            }
            if (startsUrl(text, i)) {
                int j = i;
                while (j < n && !Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                urls++;
                i = j;
                continue;
            }
            if ((cp == '@' || cp == '#') && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                int j = i + 1;
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (Character.isLetterOrDigit(c) || c == '_') {
                        j += Character.charCount(c);
                    } else {
                        break;
                    }
                }
                String body = text.substring(i + 1, j);
                if (cp == '@') {
                    mentions++;
                } else {
                    hashtags.add(fold(lowerTr(body)));
                    for (String part : splitHashtag(body)) {
                        surfaces.add(part);
                        flags.add(new boolean[] {false, false, false, true});
                    }
                }
                i = j;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                int j = i;
                boolean apostrophe = false;
                while (j < n) {
                    int c = text.codePointAt(j);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                        j += Character.charCount(c);
                    } else if (isApostrophe(c) && j + 1 < n && Character.isLetter(text.codePointAt(j + 1))) {
                        apostrophe = true;
                        j++;
                    } else {
                        break;
                    }
                }
                String surface = text.substring(i, j);
                if (isApostropheFromSecond(surface)) {
                    surface = surface.replace('`', '\'').replace('´', '\'').replace('‘', '\'');
                }
                surfaces.add(surface);
                flags.add(new boolean[] {Character.isUpperCase(cp), sentenceStart, apostrophe, false});
                for (int k = i; k < j; k++) {
                    char ch = text.charAt(k);
                    if (Character.isLetter(ch)) {
                        letters++;
                        if (Character.isUpperCase(ch)) {
                            uppers++;
                        }
                    }
                }
                // the first code point was already counted above
                if (Character.isLetter(cp)) {
                    letters--;
                    if (Character.isUpperCase(cp)) {
                        uppers--;
                    }
                }
                sentenceStart = false;
                i = j;
                continue;
            }
            if (cp == '?') {
                questions++;
                sentenceStart = true;
            } else if (cp == '!') {
                exclamations++;
                sentenceStart = true;
            } else if (cp == '.' || cp == '…') {
                sentenceStart = true;
            } else if (Emojis.isEmoji(cp)) {
                emojis.add(Emojis.emojiClass(cp));
            }
            i += len;
        }
        List<NormalizedText.Token> tokens = new ArrayList<>(surfaces.size());
        if (!surfaces.isEmpty()) {
            List<String> lowers = luceneLower(surfaces);
            for (int k = 0; k < surfaces.size(); k++) {
                boolean[] f = flags.get(k);
                String lower = k < lowers.size() ? lowers.get(k) : lowerTr(surfaces.get(k));
                tokens.add(new NormalizedText.Token(surfaces.get(k), lower, fold(lower), f[0], f[1], f[2], f[3]));
            }
        }
        double upperRatio = letters == 0 ? 0 : (double) uppers / letters;
        return new NormalizedText(tokens, hashtags, mentions, urls, emojis, questions, exclamations, upperRatio);
    }

    private static boolean isApostropheFromSecond(String s) {
        return s.indexOf('`') >= 0 || s.indexOf('´') >= 0 || s.indexOf('‘') >= 0;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´';
    }

    private static boolean startsUrl(String t, int i) {
        return t.startsWith("http://", i) || t.startsWith("https://", i) || t.startsWith("www.", i);
    }

    /** Lucene ApostropheFilter + TurkishLowerCaseFilter over the words (one term per word). */
    private static List<String> luceneLower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        try (TokenStream ts = LUCENE.tokenStream("t", String.join(" ", words))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Turkish lower case (İ→i, I→ı) without Lucene, for short strings such as gazetteer names. */
    public static String lowerTr(String s) {
        return s.toLowerCase(Locale.forLanguageTag("tr"));
    }

    /** ASCII folding with the Turkish letters first, then Lucene's {@link ASCIIFoldingFilter} for the rest. */
    public static String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case 'ç' -> 'c';
                case 'ğ' -> 'g';
                case 'ı' -> 'i';
                case 'ö' -> 'o';
                case 'ş' -> 's';
                case 'ü' -> 'u';
                case 'â' -> 'a';
                case 'î' -> 'i';
                case 'û' -> 'u';
                case 'Ç' -> 'C';
                case 'Ğ' -> 'G';
                case 'İ' -> 'I';
                case 'Ö' -> 'O';
                case 'Ş' -> 'S';
                case 'Ü' -> 'U';
                default -> c;
            };
            if (r != c || c >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (r == c) {
                    char[] out = new char[4];
                    int len = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, out, 0, 1);
                    sb.append(out, 0, len);
                } else {
                    sb.append(r);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Lower-cased, folded, only letters and digits: the key used for gazetteer names ("Küçük Çiğli" → "kucukcigli"). */
    public static String key(String s) {
        String f = fold(lowerTr(s));
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Snowball Turkish stem of a lower-cased word (cached). */
    public static String stem(String lower) {
        return CachedStemmer.stem(lower);
    }

    /** Splits a hashtag body: "CopToplanmiyor" → [Cop, Toplanmiyor], "izmir_su" → [izmir, su], "3gun" → [3, gun]. */
    public static List<String> splitHashtag(String body) {
        return HashtagSplitter.splitHashtag(body);
    }

    /** pos / neg / alarm / other. */
    public static String emojiClass(int cp) {
        return Emojis.emojiClass(cp);
    }
}
