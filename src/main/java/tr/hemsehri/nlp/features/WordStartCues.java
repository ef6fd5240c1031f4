package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, per cue list, how many of its cues occur at the start of a word of a text, in one pass over the text's
 * word starts. Same answer as testing {@code text.contains(" " + cue)} for every cue of every list on a text that
 * starts with a space (a cue listed twice counts twice, as it did), without scanning the text once per cue.
 */
final class WordStartCues {
    private static final int SYMBOLS = 38;

    /** Distinct cue strings by their first two characters. */
    private final String[][] cuesByPair = new String[SYMBOLS * SYMBOLS][];
    /** For each of those strings: its number among the distinct strings. */
    private final int[][] idsByPair = new int[SYMBOLS * SYMBOLS][];
    /** For each distinct string: the lists it belongs to, once per listing. */
    private final int[][] listsOfCue;
    private final int lists;

    /** @param cueLists lists whose element 0 is the list's name and the rest its cues (at least two characters each) */
    WordStartCues(List<String[]> cueLists) {
        lists = cueLists.size();
        Map<String, List<Integer>> listsByCue = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        for (int l = 0; l < lists; l++) {
            String[] cues = cueLists.get(l);
            for (int i = 1; i < cues.length; i++) {
                if (cues[i].length() < 2) {
                    throw new IllegalArgumentException("cue shorter than two characters: " + cues[i]);
                }
                List<Integer> ls = listsByCue.get(cues[i]);
                if (ls == null) {
                    ls = new ArrayList<>();
                    listsByCue.put(cues[i], ls);
                    distinct.add(cues[i]);
                }
                ls.add(l);
            }
        }
        listsOfCue = new int[distinct.size()][];
        List<List<String>> strings = new ArrayList<>();
        List<List<Integer>> ids = new ArrayList<>();
        for (int p = 0; p < SYMBOLS * SYMBOLS; p++) {
            strings.add(new ArrayList<>());
            ids.add(new ArrayList<>());
        }
        for (int id = 0; id < distinct.size(); id++) {
            String c = distinct.get(id);
            listsOfCue[id] = listsByCue.get(c).stream().mapToInt(Integer::intValue).toArray();
            int p = pair(c, 0);
            strings.get(p).add(c);
            ids.get(p).add(id);
        }
        for (int p = 0; p < SYMBOLS * SYMBOLS; p++) {
            if (!strings.get(p).isEmpty()) {
                cuesByPair[p] = strings.get(p).toArray(String[]::new);
                idsByPair[p] = ids.get(p).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** Hits per list (index = list number) in {@code text}, which starts with a space. */
    int[] count(String text) {
        int[] hits = new int[lists];
        boolean[] seen = new boolean[listsOfCue.length];
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            if (text.charAt(i - 1) != ' ') {
                continue;
            }
            int p = pair(text, i);
            String[] cs = cuesByPair[p];
            if (cs == null) {
                continue;
            }
            int[] ids = idsByPair[p];
            for (int k = 0; k < cs.length; k++) {
                if (!seen[ids[k]] && text.startsWith(cs[k], i)) {
                    seen[ids[k]] = true;
                    for (int l : listsOfCue[ids[k]]) {
                        hits[l]++;
                    }
                }
            }
        }
        return hits;
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
