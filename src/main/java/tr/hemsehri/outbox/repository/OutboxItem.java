package tr.hemsehri.outbox.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing to send to a platform, written in the same transaction as the state change it announces. */
@Entity
@Table(name = "outbox")
public class OutboxItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    /** REPLY, RESOLVED, SATISFACTION, INCIDENT_UPDATE. */
    public String kind;
    public String platform;
    public String visibility;
    /** The citizen message we answer (its thread, its author). */
    public String targetExternalId;
    public String text;
    /** Also written into the text, so a post that reached the platform can be found again after a crash. */
    public String idempotencyKey;
    /** PENDING, SENDING, SENT, FAILED, CANCELLED. */
    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant claimedAt;
    public String claimedBy;
    public String externalId;
    public Instant sentAt;
    public String lastError;
    public Long replyId;
    public Long satisfactionId;
    public Instant createdAt;
}
