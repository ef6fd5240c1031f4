package tr.hemsehri.moderation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.nlp.Category;

/** One citizen conversation thread being handled. */
@Entity
@Table(name = "cases")
@org.hibernate.annotations.DynamicUpdate
public class CaseEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Enumerated(EnumType.STRING)
    public Category category;
    public Float confidence;
    public boolean urgent;
    public String urgencyReason;
    public int priority;
    /** Institution code when the message belongs to another institution. */
    public String outOfScope;
    public Long departmentId;
    public String district;
    public String neighborhood;
    public Long neighborhoodId;
    public String platform;
    public Long accountId;
    public String threadKey;
    public Long citizenId;
    public String authorId;
    public Long assigneeId;
    public Instant claimedAt;
    public Instant dueAt;
    public Instant firstResponseAt;
    public Instant resolvedAt;
    public Instant closedAt;
    public Instant lastMessageAt;
    public int messageCount;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant statusChangedAt;
    public Instant forwardedAt;
    public Instant acceptedAt;
    /** The department's resolution text. */
    public String resolution;
    public int reopenCount;
    @Version
    public long version;

    /** The number citizens and staff quote: HMS-0000123. */
    public String reference() {
        return reference(id);
    }

    public static String reference(Long id) {
        return id == null ? null : "HMS-" + String.format("%07d", id);
    }
}
