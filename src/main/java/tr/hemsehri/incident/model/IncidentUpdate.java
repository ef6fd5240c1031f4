package tr.hemsehri.incident.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A status update sent to every citizen linked to an incident. */
@Entity
@Table(name = "incident_updates")
public class IncidentUpdate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long incidentId;
    public String status;
    public String text;
    public Instant eta;
    public String actor;
    public int recipients;
    public Instant createdAt;
}
