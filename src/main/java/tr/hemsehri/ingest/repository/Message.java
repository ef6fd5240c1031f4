package tr.hemsehri.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored platform item, inbound from a citizen or outbound from us. */
@Entity
@Table(name = "messages")
public class Message extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String platform;
    public String externalId;
    public Long accountId;
    public Long caseId;
    public String threadExternalId;
    public String parentExternalId;
    public String authorId;
    public String authorHandle;
    public String authorName;
    public String text;
    /** IN from a citizen, OUT from us. */
    public String direction;
    public String visibility;
    public Instant createdAt;
    public Instant receivedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public String raw;
}
