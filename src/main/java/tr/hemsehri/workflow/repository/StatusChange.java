package tr.hemsehri.workflow.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "case_status_history")
public class StatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    public String fromStatus;
    public String toStatus;
    public String actor;
    public String note;
    public Instant at;

    public static java.util.List<StatusChange> listByCase(Long caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
