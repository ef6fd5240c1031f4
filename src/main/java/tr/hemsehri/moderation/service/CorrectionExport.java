package tr.hemsehri.moderation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.moderation.repository.ClassificationCorrection;
import tr.hemsehri.moderation.repository.CorrectionRepository;

/**
 * Moderators' corrections as extra training data for the NLP stage, in the corpus format its trainer reads
 * (JSON Lines; see nlp-models/REPORT.md): one line per corrected case with the latest value of every field a
 * moderator judged, and nothing for fields nobody judged.
 */
@ApplicationScoped
public class CorrectionExport {
    private static final Map<String, String> COLUMN = Map.of(
            "category", "category", "department", "department", "urgent", "urgent",
            "district", "district", "neighborhood", "neighborhood");

    @Inject
    CorrectionRepository corrections;
    @Inject
    ObjectMapper mapper;

    @Transactional
    public String jsonLines(Instant since) {
        List<ClassificationCorrection> all = corrections.listSince(since);
        Map<Long, Map<String, Object>> rows = new LinkedHashMap<>();
        for (ClassificationCorrection c : all) {
            Map<String, Object> row = rows.computeIfAbsent(c.caseId, id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", "correction-case-" + id);
                r.put("text", c.text);
                return r;
            });
            String column = COLUMN.get(c.field);
            if (column != null) {
                row.put(column, "urgent".equals(column) ? Boolean.valueOf(c.newValue) : c.newValue);
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : rows.values()) {
            try {
                out.append(mapper.writeValueAsString(row)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }
}
