package tr.hemsehri.incident.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Many reports of one problem in one place, answered once. See V4__incidents.sql. */
@Entity
@Table(name = "incidents")
public class Incident extends PanacheEntityBase {
    public static final String SUGGESTED = "SUGGESTED", OPEN = "OPEN", IN_PROGRESS = "IN_PROGRESS",
            RESOLVED = "RESOLVED", DISMISSED = "DISMISSED", MERGED = "MERGED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String kind;
    public String status;
    public String title;
    public Long departmentId;
    public String district;
    public String neighborhood;
    public Long neighborhoodId;
    public String publicText;
    /** A planned interruption's announcement as written (the public text follows the updates); null otherwise. */
    public String announcement;
    public Instant eta;
    public Instant plannedStart;
    public Instant plannedEnd;
    public Long mergedInto;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant confirmedAt;
    public Instant resolvedAt;
    @Version
    public long version;

    public boolean isOpen() {
        return SUGGESTED.equals(status) || OPEN.equals(status) || IN_PROGRESS.equals(status);
    }
}
