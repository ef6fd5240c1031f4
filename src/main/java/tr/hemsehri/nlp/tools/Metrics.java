package tr.hemsehri.nlp.tools;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small evaluation helpers. */
final class Metrics {
    private Metrics() {
    }

    /** A confusion matrix over string labels. */
    static final class Confusion {
        final Map<String, Map<String, Integer>> m = new TreeMap<>();
        int total;
        int correct;

        void add(String gold, String pred) {
            m.computeIfAbsent(gold, k -> new TreeMap<>()).merge(pred, 1, Integer::sum);
            total++;
            if (gold.equals(pred)) {
                correct++;
            }
        }

        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        TreeSet<String> labels() {
            TreeSet<String> l = new TreeSet<>(m.keySet());
            m.values().forEach(x -> l.addAll(x.keySet()));
            return l;
        }

        int count(String g, String p) {
            return m.getOrDefault(g, Map.of()).getOrDefault(p, 0);
        }

        double[] prf(String label) {
            int tp = count(label, label);
            int goldN = m.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            int predN = 0;
            for (Map<String, Integer> row : m.values()) {
                predN += row.getOrDefault(label, 0);
            }
            double p = predN == 0 ? 0 : (double) tp / predN;
            double r = goldN == 0 ? 0 : (double) tp / goldN;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new double[] {p, r, f, goldN};
        }

        double macroF1() {
            double s = 0;
            int n = 0;
            for (String l : m.keySet()) {
                s += prf(l)[2];
                n++;
            }
            return n == 0 ? 0 : s / n;
        }

        String report(String title) {
            StringBuilder sb = new StringBuilder(title).append('\n');
            sb.append(String.format("  %-20s %9s %9s %9s %7s%n", "class", "precision", "recall", "F1", "n"));
            for (String l : m.keySet()) {
                double[] x = prf(l);
                sb.append(String.format("  %-20s %9.3f %9.3f %9.3f %7d%n", l, x[0], x[1], x[2], (int) x[3]));
            }
            sb.append(String.format("  accuracy %.3f, macro-F1 %.3f (n=%d)%n", accuracy(), macroF1(), total));
            return sb.toString();
        }

        String matrix() {
            TreeSet<String> ls = labels();
            StringBuilder sb = new StringBuilder("  confusion (rows gold, columns predicted)\n  ");
            sb.append(String.format("%-14s", ""));
            for (String l : ls) {
                sb.append(String.format("%10s", abbrev(l)));
            }
            sb.append('\n');
            for (String g : ls) {
                sb.append(String.format("  %-14s", abbrev(g)));
                for (String p : ls) {
                    sb.append(String.format("%10d", count(g, p)));
                }
                sb.append('\n');
            }
            return sb.toString();
        }

        private static String abbrev(String s) {
            return s.length() > 9 ? s.substring(0, 9) : s;
        }
    }
}
