package tr.hemsehri.workflow.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a moderator should know: a department resolved or sent back a case. Null user: all moderators. */
@Entity
@Table(name = "notifications")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long userId;
    public Long caseId;
    public String text;
    public Instant createdAt;
    public Instant readAt;

    public static java.util.List<Notification> unreadFor(Long userId, int limit) {
        return find("readAt is null and (userId is null or userId = ?1) order by createdAt desc", userId)
                .page(0, limit).list();
    }
}
