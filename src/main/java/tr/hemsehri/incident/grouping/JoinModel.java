package tr.hemsehri.incident.grouping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic model of "this report belongs to that incident" over the named features of {@link JoinFeatures}: the
 * probability is the logistic of the sum of the weights of the features present. Its file is one
 * {@code feature<TAB>weight} per line, so a reviewer can read why a report was suggested; {@code JoinModelTrainer}
 * writes it from the labelled streams.
 */
public final class JoinModel {
    /** Where the shipped model is, on the classpath (nlp-models/models/ in the source tree). */
    public static final String RESOURCE = "nlp-models/models/incident-join.txt";

    private final Map<String, Double> weights;

    public JoinModel(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The model of this file ({@code #} lines are comments). */
    public static JoinModel read(InputStream in) {
        Map<String, Double> w = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                if (p.length != 2) {
                    throw new IllegalArgumentException("join model: not 'feature<TAB>weight': " + line);
                }
                w.put(p[0], Double.parseDouble(p[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JoinModel(w);
    }

    /** The shipped model, or null when the classpath has none (no suggestions then). */
    public static JoinModel fromClasspath() {
        InputStream in = JoinModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        return in == null ? null : read(in);
    }

    /** The model file's text, with a header. */
    public String text(String header) {
        StringBuilder b = new StringBuilder();
        for (String h : header.split("\n")) {
            b.append("# ").append(h).append('\n');
        }
        weights.forEach((f, w) -> b.append(f).append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", w))
                .append('\n'));
        return b.toString();
    }
}
