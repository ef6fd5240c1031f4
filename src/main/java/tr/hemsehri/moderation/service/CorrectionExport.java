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
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.ClassificationCorrection;
import tr.hemsehri.moderation.repository.CorrectionRepository;

/**
 * Moderators' corrections as extra training data for the NLP stage, in the corpus format its trainer reads
 * ({@code Train --extra}; JSON Lines, see nlp-models/REPORT.md): one line per corrected case, id
 * {@code correction-case-<case id>}, with the latest value of every field a moderator judged and nothing for fields
 * nobody judged. A moderator cannot set the urgency reason or the out-of-scope institution, so those keys appear only
 * where a judgement implies them: {@code urgency_reason: null} with {@code urgent: false}, and the TÜİK
 * {@code neighborhood_id} the moderator picked with a corrected neighbourhood. {@code out_of_scope} is never written,
 * which the trainer reads as "not judged" (an explicit null would mean "in scope").
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
            if (column == null) {
                continue;
            }
            if ("urgent".equals(column)) {
                boolean urgent = Boolean.parseBoolean(c.newValue);
                row.put(column, urgent);
                // not urgent: no reason. Urgent: the moderator gave no reason, so the trainer must not get one
                if (urgent) {
                    row.remove("urgency_reason");
                } else {
                    row.put("urgency_reason", null);
                }
            } else {
                row.put(column, c.newValue);
            }
            if ("neighborhood".equals(column)) {
                row.remove("neighborhood_id");
                CaseEntity kase = CaseEntity.findById(c.caseId);
                if (c.newValue != null && kase != null && c.newValue.equals(kase.neighborhood) && kase.neighborhoodId != null) {
                    row.put("neighborhood_id", kase.neighborhoodId);
                }
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
