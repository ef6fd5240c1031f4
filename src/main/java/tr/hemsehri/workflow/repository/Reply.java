package tr.hemsehri.workflow.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply a moderator wrote; sent through the outbox once approved. */
@Entity
@Table(name = "replies")
public class Reply extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    /** PUBLIC (in the citizen's thread) or PRIVATE (DM, WhatsApp). */
    public String visibility;
    public String text;
    public String template;
    /** PENDING_APPROVAL, QUEUED, SENT, FAILED, REJECTED, NOT_SENT. */
    public String status;
    public boolean piiMasked;
    public Long authorId;
    public Long approvedBy;
    public Instant approvedAt;
    public String rejectedReason;
    public String externalId;
    public String error;
    public Instant createdAt;
    public Instant sentAt;

    public static java.util.List<Reply> listByCase(Long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
