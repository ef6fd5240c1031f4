package tr.hemsehri.workflow.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Was it really fixed, and how would you rate us 1–5?" asked through the citizen's own channel. */
@Entity
@Table(name = "satisfaction_checks")
public class SatisfactionCheck extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    /** SCHEDULED, SENT, ANSWERED, UNANSWERED, NOT_SENT. */
    public String status;
    /** PRIVATE or PUBLIC: how the question went out. */
    public String channel;
    public Integer score;
    public Boolean fixed;
    public String answerText;
    public Long answerMessageId;
    public String notSentReason;
    public Instant dueAt;
    public Instant sentAt;
    public Instant answeredAt;
    public Instant answerDeadline;
    public Instant createdAt;

    public static SatisfactionCheck awaitingAnswer(Long caseId) {
        return find("caseId = ?1 and status = 'SENT' order by id desc", caseId).firstResult();
    }

    public static java.util.List<SatisfactionCheck> listByCase(Long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
