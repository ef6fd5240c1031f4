package tr.hemsehri.moderation.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A moderator overriding one field of the NLP stage's output; becomes training data. */
@Entity
@Table(name = "classification_corrections")
public class ClassificationCorrection extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long caseId;
    /** category, department, district, neighborhood or urgent. */
    public String field;
    public String oldValue;
    public String newValue;
    /** The citizen text the correction is about. */
    public String text;
    public Long userId;
    public Instant createdAt;
}
