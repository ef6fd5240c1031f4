package tr.hemsehri.workflow.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a case: forwarding note, department progress, send-back reason, resolution, reopen words. */
@Entity
@Table(name = "case_notes")
public class CaseNote extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    /** NOTE, FORWARD, SEND_BACK, RESOLUTION, REOPEN, SYSTEM. */
    public String kind;
    public String text;
    public String actor;
    public Long departmentId;
    public Instant createdAt;

    public static java.util.List<CaseNote> listByCase(Long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
