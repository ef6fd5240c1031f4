package tr.hemsehri.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Writes who did what, when, with the before and after state, inside the caller's transaction. */
@ApplicationScoped
public class AuditService {
    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String entityType, Long entityId, String action, Object before, Object after) {
        AuditEvent e = new AuditEvent();
        e.at = Instant.now();
        e.actor = actor == null ? "system" : actor;
        e.entityType = entityType;
        e.entityId = entityId;
        e.action = action;
        e.before = toJson(before);
        e.after = toJson(after);
        e.persist();
    }

    @Transactional
    public List<AuditEvent> history(String entityType, Long entityId) {
        return AuditEvent.list("entityType = ?1 and entityId = ?2 order by at, id", entityType, entityId);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit state is not serialisable", e);
        }
    }
}
