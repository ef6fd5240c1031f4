package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.incident.model.IncidentDtos.CaseIds;
import tr.hemsehri.incident.model.IncidentDtos.IncidentView;
import tr.hemsehri.incident.model.IncidentDtos.PatchRequest;
import tr.hemsehri.incident.model.IncidentDtos.PlannedRequest;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.security.CurrentUser.Actor;

/**
 * What moderators and admins do to incidents by hand: confirm or dismiss a suggestion, correct title, ETA and
 * department, link, unlink, merge and split reports, group cases into a new incident and announce a planned
 * interruption.
 */
@ApplicationScoped
public class IncidentManualGrouping {
    @Inject
    EntityManager em;
    @Inject
    DepartmentService departments;
    @Inject
    AuditService audit;
    @Inject
    IncidentReads reads;
    @Inject
    IncidentTitles titles;
    @Inject
    IncidentBroadcast broadcast;
    @Inject
    IncidentService incidents;

    // ---- moderator actions

    @Transactional
    public IncidentView confirm(long id, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        if (!Incident.SUGGESTED.equals(i.status)) {
            throw ApiException.conflict("Yalnızca önerilen olaylar onaylanır (durum: " + i.status + ")");
        }
        i.status = Incident.OPEN;
        i.confirmedAt = Instant.now();
        incidents.touch(i, actor, "confirm");
        return reads.view(i);
    }

    /** Not an incident after all: the reports are released and stay ordinary cases. */
    @Transactional
    public IncidentView dismiss(long id, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        if (!Incident.SUGGESTED.equals(i.status) && !Incident.OPEN.equals(i.status)) {
            throw ApiException.conflict("Yalnızca önerilen ya da açık olaylar reddedilir (durum: " + i.status + ")");
        }
        em.createNativeQuery("delete from incident_cases where incident_id = ?1").setParameter(1, id).executeUpdate();
        i.status = Incident.DISMISSED;
        incidents.touch(i, actor, "dismiss");
        return reads.view(i);
    }

    @Transactional
    public IncidentView patch(long id, PatchRequest req, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        if (req == null) {
            throw ApiException.badRequest("İstek gövdesi boş");
        }
        if (req.title() != null) {
            i.title = req.title().strip();
        }
        if (req.eta() != null) {
            i.eta = req.eta();
        }
        if (req.department() != null) {
            Long d = departments.idOf(req.department());
            if (d == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + req.department());
            }
            i.departmentId = d;
        }
        incidents.touch(i, actor, "patch");
        return reads.view(i);
    }

    @Transactional
    public IncidentView link(long id, List<Long> caseIds, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        if (!i.isOpen()) {
            throw ApiException.conflict("Kapalı olaya vaka bağlanamaz (durum: " + i.status + ")");
        }
        if (caseIds == null || caseIds.isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        for (Long cid : caseIds) {
            CaseEntity c = CaseEntity.findById(cid);
            if (c == null) {
                throw ApiException.notFound("Vaka bulunamadı: " + cid);
            }
            insertLink(cid, id, "MANUAL", null);
        }
        incidents.touch(i, actor, "link " + caseIds);
        return reads.view(i);
    }

    @Transactional
    public IncidentView unlink(long id, long caseId, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        int n = em.createNativeQuery("delete from incident_cases where incident_id = ?1 and case_id = ?2")
                .setParameter(1, id).setParameter(2, caseId).executeUpdate();
        if (n == 0) {
            throw ApiException.notFound("Vaka bu olaya bağlı değil: " + caseId);
        }
        incidents.touch(i, actor, "unlink " + caseId);
        return reads.view(i);
    }

    /** Moves every report of {@code otherId} into {@code id}; the other incident becomes MERGED. */
    @Transactional
    public IncidentView merge(long id, Long otherId, Actor actor) {
        if (otherId == null || otherId == id) {
            throw ApiException.badRequest("'otherId' başka bir olay olmalı");
        }
        Incident i = reads.loadForStaff(id, actor);
        Incident other = reads.loadForStaff(otherId, actor);
        if (!i.isOpen() || !other.isOpen()) {
            throw ApiException.conflict("Yalnızca açık olaylar birleştirilir");
        }
        em.createNativeQuery("update incident_cases set incident_id = ?1, linked_by = 'MANUAL' where incident_id = ?2")
                .setParameter(1, id).setParameter(2, otherId).executeUpdate();
        other.status = Incident.MERGED;
        other.mergedInto = id;
        if (Incident.SUGGESTED.equals(i.status)) {
            i.status = Incident.OPEN;
            i.confirmedAt = Instant.now();
        }
        incidents.touch(other, actor, "merged into " + id);
        incidents.touch(i, actor, "merge " + otherId);
        return reads.view(i);
    }

    /** Takes some reports out of an incident into a new one (two problems grouped together by mistake). */
    @Transactional
    public IncidentView split(long id, CaseIds req, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
        if (req == null || req.caseIds() == null || req.caseIds().isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        Incident n = manual(req.caseIds(), req.title(), actor, i);
        incidents.touch(i, actor, "split " + req.caseIds() + " to " + n.id);
        return reads.view(n);
    }

    /** A moderator groups cases by hand. */
    @Transactional
    public IncidentView create(CaseIds req, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Olayları moderatörler ve yöneticiler yönetir");
        }
        if (req == null || req.caseIds() == null || req.caseIds().isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        return reads.view(manual(req.caseIds(), req.title(), actor, null));
    }

    private Incident manual(List<Long> caseIds, String title, Actor actor, Incident from) {
        CaseEntity first = CaseEntity.findById(caseIds.get(0));
        if (first == null) {
            throw ApiException.notFound("Vaka bulunamadı: " + caseIds.get(0));
        }
        Incident n = new Incident();
        n.kind = "MANUAL";
        n.status = Incident.OPEN;
        n.departmentId = first.departmentId;
        n.district = first.district;
        n.neighborhood = first.neighborhood;
        n.neighborhoodId = first.neighborhoodId;
        n.title = title != null && !title.isBlank() ? title.strip()
                : titles.title(n.departmentId, n.district, n.neighborhood);
        n.createdBy = actor.name();
        n.createdAt = Instant.now();
        n.updatedAt = n.createdAt;
        n.confirmedAt = n.createdAt;
        n.persist();
        for (Long cid : caseIds) {
            if (CaseEntity.findById(cid) == null) {
                throw ApiException.notFound("Vaka bulunamadı: " + cid);
            }
            if (from != null && em.createNativeQuery("select 1 from incident_cases where case_id = ?1 and incident_id = ?2")
                    .setParameter(1, cid).setParameter(2, from.id).getResultList().isEmpty()) {
                throw ApiException.badRequest("Vaka bu olaya bağlı değil: " + cid);
            }
            insertLink(cid, n.id, "MANUAL", null);
        }
        audit.record(actor.name(), "incident", n.id, "create", null, Map.of("cases", caseIds.toString()));
        return n;
    }

    /** Staff announce a planned interruption; matching reports are grouped under it and get the announcement. */
    @Transactional
    public IncidentView planned(PlannedRequest req, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Planlı kesintiyi moderatörler ve yöneticiler duyurur");
        }
        if (req == null || req.district() == null || req.district().isBlank() || req.start() == null
                || req.end() == null || req.announcement() == null || req.announcement().isBlank()) {
            throw ApiException.badRequest("'district', 'start', 'end' ve 'announcement' gerekli");
        }
        if (!req.end().isAfter(req.start())) {
            throw ApiException.badRequest("'end', 'start' sonrasında olmalı");
        }
        broadcast.checkLength(req.announcement());
        Long dept = null;
        if (req.department() != null) {
            dept = departments.idOf(req.department());
            if (dept == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + req.department());
            }
        }
        Incident i = new Incident();
        i.kind = "PLANNED";
        i.status = Incident.OPEN;
        i.departmentId = dept;
        i.district = req.district().strip();
        i.neighborhood = req.neighborhood() == null || req.neighborhood().isBlank() ? null : req.neighborhood().strip();
        i.plannedStart = req.start();
        i.plannedEnd = req.end();
        i.eta = req.end();
        i.publicText = req.announcement().strip();
        i.announcement = i.publicText;
        i.title = req.title() != null && !req.title().isBlank() ? req.title().strip()
                : "Planlı kesinti: " + titles.title(dept, i.district, i.neighborhood);
        i.createdBy = actor.name();
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        i.confirmedAt = i.createdAt;
        i.persist();
        audit.record(actor.name(), "incident", i.id, "planned", null, Map.of("district", i.district));
        return reads.view(i);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertLink(long caseId, long incidentId, String by, Float similarity) {
        em.createNativeQuery("""
                insert into incident_cases (case_id, incident_id, linked_by, similarity) values (?1, ?2, ?3, ?4)
                on conflict (case_id) do update set incident_id = excluded.incident_id, linked_by = excluded.linked_by,
                    similarity = excluded.similarity, linked_at = now()""")
                .setParameter(1, caseId).setParameter(2, incidentId).setParameter(3, by)
                .setParameter(4, similarity).executeUpdate();
    }
}
