package tr.hemsehri.nlp.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tr.hemsehri.nlp.text.WordStartLiterals;

/**
 * Tells, in one pass over a text, which of up to 64 cue rules can possibly match, so that the rule regexes (hundreds of
 * alternatives, tried at every word start) only run on the few texts that contain one of their literal anchors.
 * The rules are word-start anchored ({@code (?:^| )(?:source)}), so an anchor only counts at the start of a word.
 *
 * <p>The anchors are derived from each rule's regex source: every top-level alternative contributes the literal run
 * it must start with (a leading group contributes the literal runs of its own alternatives). A rule with an
 * alternative whose start is not literal (an optional group, {@code \w}, {@code .}) gets no anchors and is always
 * tried. So the index can only skip a rule when no match is possible: it never changes an answer
 * ({@code RulesTest} compares every corpus text with the unindexed rules).
 */
public final class CueIndex {
    private final WordStartLiterals anchors;
    /** For each anchor (by literal id): the bits of the rules it opens. */
    private final long[] bitsOfAnchor;
    private final long alwaysOn;
    private final int size;

    private CueIndex(List<List<String>> anchorsPerRule) {
        size = anchorsPerRule.size();
        if (size > 64) {
            throw new IllegalArgumentException("at most 64 rules per index");
        }
        long always = 0;
        Map<String, Long> bits = new LinkedHashMap<>();
        for (int r = 0; r < size; r++) {
            List<String> a = anchorsPerRule.get(r);
            if (a == null) {
                always |= 1L << r;
                continue;
            }
            for (String s : a) {
                if (s.length() < 2) {
                    always |= 1L << r; // one letter opens nearly every text: not worth an entry
                } else {
                    bits.merge(s, 1L << r, (x, y) -> x | y);
                }
            }
        }
        anchors = new WordStartLiterals(new ArrayList<>(bits.keySet()));
        bitsOfAnchor = bits.values().stream().mapToLong(Long::longValue).toArray();
        alwaysOn = always;
    }

    /** An index over rules given by their regex sources (the part inside {@code (?:^| )(?:...)}), in bit order. */
    public static CueIndex ofRegexes(List<String> sources) {
        List<List<String>> a = new ArrayList<>();
        for (String s : sources) {
            a.add(anchors(s));
        }
        return new CueIndex(a);
    }

    /** An index over rules given by explicit anchor lists (null: always tried). */
    public static CueIndex ofAnchors(List<List<String>> anchorsPerRule) {
        return new CueIndex(anchorsPerRule);
    }

    /** Bit r is set when rule r may match {@code text}. */
    public long candidates(String text) {
        long found = alwaysOn;
        boolean[] seen = anchors.find(text);
        for (int id = 0; id < seen.length; id++) {
            if (seen[id]) {
                found |= bitsOfAnchor[id];
            }
        }
        return found;
    }

    public int size() {
        return size;
    }

    // ------------------------------------------------------------------------------------------ anchor derivation

    /**
     * The literal runs one of which every match of {@code regex} contains, or null when some alternative can start
     * without a literal. Understands what the rule sources use: alternation, (non-)capturing groups, lookarounds
     * (zero width, skipped), escapes, character classes and the quantifiers ?, *, +, {m,n}.
     */
    static List<String> anchors(String regex) {
        Set<String> out = new LinkedHashSet<>();
        for (String alt : splitTopLevel(regex)) {
            List<String> a = leading(alt);
            if (a == null) {
                return null;
            }
            out.addAll(a);
        }
        return new ArrayList<>(out);
    }

    private static List<String> leading(String alt) {
        int i = 0;
        // zero-width prefixes: \b, ^, lookarounds
        while (i < alt.length()) {
            if (alt.startsWith("\\b", i)) {
                i += 2;
            } else if (alt.charAt(i) == '^') {
                i++;
            } else if (alt.startsWith("(?<!", i) || alt.startsWith("(?<=", i) || alt.startsWith("(?=", i)
                    || alt.startsWith("(?!", i)) {
                i = close(alt, i) + 1;
            } else {
                break;
            }
        }
        if (i >= alt.length()) {
            return null;
        }
        if (alt.charAt(i) == '(') {
            int end = close(alt, i);
            if (end + 1 < alt.length() && "?*{".indexOf(alt.charAt(end + 1)) >= 0) {
                return null; // optional group: the match may start after it
            }
            String inner = alt.substring(i + 1, end);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            }
            return anchors(inner);
        }
        StringBuilder lit = new StringBuilder();
        while (i < alt.length()) {
            char c = alt.charAt(i);
            if (c == '\\' || c == '.' || c == '[' || c == '(' || c == '|' || c == '$' || c == ')') {
                break;
            }
            if ("?*{".indexOf(c) >= 0) {
                if (lit.length() > 0) {
                    lit.setLength(lit.length() - 1); // the quantifier makes the previous character optional
                }
                break;
            }
            if (c == '+') {
                break;
            }
            lit.append(c);
            i++;
        }
        return lit.length() == 0 ? null : List.of(lit.toString());
    }

    /** Index of the parenthesis closing the one at {@code open} (escapes and character classes respected). */
    private static int close(String s, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced group in " + s);
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
