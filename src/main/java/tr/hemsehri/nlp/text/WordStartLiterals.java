package tr.hemsehri.nlp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in one pass over the word starts of a folded text, which of a set of literals occur at the start of a word
 * (position 0 or after a space). The literals are indexed by their first two characters, so each word start is
 * compared with the few literals that begin like it. Shared by the rule index (which rules can match) and the
 * lexicon features (how many cues of each list occur).
 */
public final class WordStartLiterals {
    private static final int SYMBOLS = 38;

    private final String[][] byPair = new String[SYMBOLS * SYMBOLS][];
    private final int[][] idsByPair = new int[SYMBOLS * SYMBOLS][];
    private final int size;

    /** @param literals distinct, at least two characters each; a literal's id is its index in this list */
    public WordStartLiterals(List<String> literals) {
        size = literals.size();
        List<List<String>> strings = new ArrayList<>();
        List<List<Integer>> ids = new ArrayList<>();
        for (int p = 0; p < SYMBOLS * SYMBOLS; p++) {
            strings.add(new ArrayList<>());
            ids.add(new ArrayList<>());
        }
        for (int id = 0; id < size; id++) {
            String s = literals.get(id);
            if (s.length() < 2) {
                throw new IllegalArgumentException("literal shorter than two characters: " + s);
            }
            int p = pair(s, 0);
            if (strings.get(p).contains(s)) {
                throw new IllegalArgumentException("literal listed twice: " + s);
            }
            strings.get(p).add(s);
            ids.get(p).add(id);
        }
        for (int p = 0; p < SYMBOLS * SYMBOLS; p++) {
            if (!strings.get(p).isEmpty()) {
                byPair[p] = strings.get(p).toArray(String[]::new);
                idsByPair[p] = ids.get(p).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** seen[id] is true for each literal that starts a word of {@code text}. */
    public boolean[] find(String text) {
        boolean[] seen = new boolean[size];
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            if (i > 0 && text.charAt(i - 1) != ' ') {
                continue;
            }
            int p = pair(text, i);
            String[] ls = byPair[p];
            if (ls == null) {
                continue;
            }
            int[] ids = idsByPair[p];
            for (int k = 0; k < ls.length; k++) {
                if (!seen[ids[k]] && text.startsWith(ls[k], i)) {
                    seen[ids[k]] = true;
                }
            }
        }
        return seen;
    }

    public int size() {
        return size;
    }

    private static int pair(String s, int i) {
        return symbol(s.charAt(i)) * SYMBOLS + symbol(s.charAt(i + 1));
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == ' ' ? 36 : 37;
    }
}
