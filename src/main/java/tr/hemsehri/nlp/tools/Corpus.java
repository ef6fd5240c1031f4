package tr.hemsehri.nlp.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the labelled corpus: JSON Lines, one message per line, UTF-8. Columns (see nlp-models/REPORT.md):
 * id, text, category, urgent, urgency_reason, out_of_scope, department, province, scope_district, district,
 * neighborhood, neighborhood_id, colloquial_place (+ optional core: the generator's sentence-core id, used to carve a
 * grouped validation split from TRAIN). Only {@code text} is mandatory; a missing label is simply not
 * trained/evaluated for that task.
 */
public final class Corpus {

    public record Example(String id, String text, String category, Boolean urgent, String urgencyReason,
            String outOfScope, String department, String province, String scopeDistrict, String district,
            String neighborhood, Long neighborhoodId, boolean colloquialPlace, boolean hasOutOfScope, String core) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** A .jsonl file, or every *.jsonl file in a directory (sorted by name). */
    public static List<Example> read(Path path) throws IOException {
        List<Example> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList()) {
                    out.addAll(read(p));
                }
            }
            return out;
        }
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = JSON.readValue(line, Map.class);
                Object text = m.get("text");
                if (!(text instanceof String t) || t.isBlank()) {
                    throw new IOException(path + ":" + n + ": missing text");
                }
                out.add(new Example(str(m.get("id")), t, str(m.get("category")), bool(m.get("urgent")),
                        str(m.get("urgency_reason")), str(m.get("out_of_scope")), str(m.get("department")),
                        str(m.get("province")), str(m.get("scope_district")), str(m.get("district")),
                        str(m.get("neighborhood")),
                        m.get("neighborhood_id") instanceof Number num ? num.longValue() : null,
                        Boolean.TRUE.equals(m.get("colloquial_place")), m.containsKey("out_of_scope"), str(m.get("core"))));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null || (o instanceof String s && s.isBlank()) ? null : o.toString();
    }

    private static Boolean bool(Object o) {
        return o instanceof Boolean b ? b : o == null ? null : Boolean.valueOf(o.toString());
    }
}
