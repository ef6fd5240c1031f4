package tr.hemsehri.nlp.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tr.hemsehri.nlp.text.WordStartLiterals;

/**
 * Counts, per cue list, how many of its cues occur at the start of a word of a text, in one pass over the text's
 * word starts. Same answer as testing {@code text.contains(" " + cue)} for every cue of every list on a text that
 * starts with a space (a cue listed twice counts twice, as it did), without scanning the text once per cue.
 */
final class WordStartCues {
    private final WordStartLiterals literals;
    /** For each distinct cue (by literal id): the lists it belongs to, once per listing. */
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
                List<Integer> ls = listsByCue.get(cues[i]);
                if (ls == null) {
                    ls = new ArrayList<>();
                    listsByCue.put(cues[i], ls);
                    distinct.add(cues[i]);
                }
                ls.add(l);
            }
        }
        literals = new WordStartLiterals(distinct);
        listsOfCue = new int[distinct.size()][];
        for (int id = 0; id < distinct.size(); id++) {
            listsOfCue[id] = listsByCue.get(distinct.get(id)).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Hits per list (index = list number) in {@code text}, which starts with a space. */
    int[] count(String text) {
        int[] hits = new int[lists];
        boolean[] seen = literals.find(text);
        for (int id = 0; id < seen.length; id++) {
            if (seen[id]) {
                for (int l : listsOfCue[id]) {
                    hits[l]++;
                }
            }
        }
        return hits;
    }
}
