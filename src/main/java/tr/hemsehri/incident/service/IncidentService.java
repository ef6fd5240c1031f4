package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.security.CurrentUser.Actor;

/**
 * The incident that ingestion opens when reports start to look alike (a suggestion for a moderator), and the
 * audit row every staff change of an incident leaves. Reading, grouping by hand and status updates live in
 * {@link IncidentReads}, {@link IncidentManualGrouping} and {@link IncidentBroadcast}.
 */
@ApplicationScoped
public class IncidentService {
    @Inject
    IncidentTitles titles;
    @Inject
    AuditService audit;

    // ---- grouping (ingestion transaction)

    @Transactional(Transactional.TxType.MANDATORY)
    public Incident createSuggested(Report r, Long departmentId, Long neighborhoodId) {
        return createSuggested(r, departmentId, neighborhoodId, null);
    }

    /** Prefix of a named structure passed as {@code line} to {@link #createSuggested(Report, Long, Long, String)}. */
    public static final String STRUCTURE = "structure:";

    /**
     * {@code line}: the transport line the incident is about (it spans districts: no neighbourhood), or
     * {@link #STRUCTURE} + the named structure ("structure:altgecit:halkapinar"), or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident createSuggested(Report r, Long departmentId, Long neighborhoodId, String line) {
        Incident i = new Incident();
        i.kind = "DETECTED";
        i.status = Incident.SUGGESTED;
        i.departmentId = departmentId;
        i.district = r.district();
        i.neighborhood = line == null ? r.neighborhood() : null;
        i.neighborhoodId = line == null ? neighborhoodId : null;
        i.title = line == null ? titles.title(departmentId, r.district(), r.neighborhood())
                : line.startsWith(STRUCTURE) ? titles.structureTitle(departmentId, r, line.substring(STRUCTURE.length()))
                : titles.lineTitle(departmentId, line);
        i.createdBy = "system";
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        i.persist();
        return i;
    }

    void touch(Incident i, Actor actor, String what) {
        i.updatedAt = Instant.now();
        audit.record(actor.name(), "incident", i.id, what, null, Map.of("status", i.status));
    }
}
