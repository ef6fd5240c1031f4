package tr.hemsehri.incident.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tr.hemsehri.incident.tools.GroupingEvaluation.Scores;

/**
 * Compares a predicted clustering of messages with the gold one, for {@link GroupingEvaluation}: pairwise
 * precision/recall over all pairs of messages put together, B-cubed precision/recall per message, and the errors
 * (pairs wrongly together, gold incidents split). Index {@code i} of each list is one message; null = on its own.
 */
final class ClusteringScores {
    private ClusteringScores() {
    }

    /** The scores of {@code predicted} against {@code gold}; {@code texts} name the messages in the errors. */
    static Scores score(List<String> gold, List<String> predicted, List<String> texts) {
        int n = gold.size();
        long tp = 0, fp = 0, fn = 0;
        List<String> errors = new ArrayList<>();
        double b3p = 0, b3r = 0;
        for (int i = 0; i < n; i++) {
            int sameBoth = 1, samePred = 1, sameGold = 1; // the item itself
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                boolean g = gold.get(i) != null && gold.get(i).equals(gold.get(j));
                boolean p = predicted.get(i) != null && predicted.get(i).equals(predicted.get(j));
                if (g && p) {
                    sameBoth++;
                }
                if (p) {
                    samePred++;
                }
                if (g) {
                    sameGold++;
                }
                if (j > i) {
                    if (g && p) {
                        tp++;
                    } else if (p) {
                        fp++;
                        if (errors.size() < 200) {
                            errors.add("WRONGLY TOGETHER: " + texts.get(i) + "  <->  " + texts.get(j));
                        }
                    } else if (g) {
                        fn++;
                    }
                }
            }
            b3p += (double) sameBoth / samePred;
            b3r += (double) sameBoth / sameGold;
        }
        errors.addAll(splitGroups(gold, predicted, texts));
        long goldIncidents = gold.stream().filter(java.util.Objects::nonNull).distinct().count();
        long predIncidents = predicted.stream().filter(java.util.Objects::nonNull).distinct().count();
        return new Scores(tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn),
                b3p / n, b3r / n, n, (int) goldIncidents, (int) predIncidents, errors);
    }

    /** Each gold incident of two or more reports that the method did not keep whole, member by member with the predicted id. */
    private static List<String> splitGroups(List<String> gold, List<String> predicted, List<String> texts) {
        Map<String, List<Integer>> byGold = new java.util.LinkedHashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) != null) {
                byGold.computeIfAbsent(gold.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        List<String> out = new ArrayList<>();
        byGold.forEach((id, members) -> {
            long clusters = members.stream().map(i -> predicted.get(i) == null ? "single" + i : predicted.get(i))
                    .distinct().count();
            if (members.size() > 1 && clusters > 1) {
                out.add("SPLIT " + id + " (" + members.size() + " reports in " + clusters + " clusters):");
                members.forEach(i -> out.add("    " + (predicted.get(i) == null ? "-" : predicted.get(i)) + " | "
                        + texts.get(i)));
            }
        });
        return out;
    }
}
