package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.ingest.repository.Message;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.CaseTransitions;
import tr.hemsehri.workflow.repository.CaseNote;
import tr.hemsehri.workflow.repository.Notification;
import tr.hemsehri.workflow.repository.StatusChange;

/** Moves cases between states (refusing illegal moves with 409) and writes history, notes and audit. */
@ApplicationScoped
public class CaseWorkflow {
    @Inject
    AuditService audit;
    @Inject
    DepartmentService departments;

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(CaseEntity c, CaseStatus to, Actor actor, String note) {
        CaseStatus from = c.status;
        if (!CaseTransitions.allowed(from, to)) {
            // The allowed moves travel as a problem member too, so the console can offer them without parsing text.
            List<String> allowed = CaseTransitions.from(from).stream().map(Enum::name).sorted().toList();
            throw new ApiException(409, "Geçersiz durum geçişi", "Vaka " + c.reference() + " " + from
                    + " durumundan " + to + " durumuna geçemez. İzin verilenler: " + allowed,
                    Map.of("from", from.name(), "to", to.name(), "allowedTransitions", allowed));
        }
        Instant now = Instant.now();
        c.status = to;
        c.statusChangedAt = now;
        c.updatedAt = now;
        StatusChange h = new StatusChange();
        h.caseId = c.id;
        h.fromStatus = from.name();
        h.toStatus = to.name();
        h.actor = actor.name();
        h.note = note;
        h.at = now;
        h.persist();
        audit.record(actor.name(), "case", c.id, "status", Map.of("status", from.name()), Map.of("status", to.name()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseNote note(CaseEntity c, String kind, String text, Actor actor) {
        CaseNote n = new CaseNote();
        n.caseId = c.id;
        n.kind = kind;
        n.text = text;
        n.actor = actor.name();
        n.departmentId = actor.departmentId();
        n.createdAt = Instant.now();
        n.persist();
        return n;
    }

    /** Tells the case's moderator (or every moderator when nobody holds it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyModerators(CaseEntity c, String text) {
        Notification n = new Notification();
        n.userId = c.assigneeId;
        n.caseId = c.id;
        n.text = c.reference() + ": " + text;
        n.createdAt = Instant.now();
        n.persist();
    }

    /** Template variables for a case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, String> variables(CaseEntity c) {
        Map<String, String> vars = new HashMap<>();
        Message first = Message.find("caseId = ?1 and direction = 'IN' order by createdAt, id", c.id).firstResult();
        if (first != null) {
            String name = first.authorName != null ? first.authorName : first.authorHandle;
            if (name != null) {
                vars.put("name", name.startsWith("@") ? name : name.split("\\s+")[0]);
            }
        }
        vars.put("reference", c.reference());
        vars.put("district", c.district);
        vars.put("neighborhood", c.neighborhood != null ? c.neighborhood : c.district);
        Department d = departments.byId(c.departmentId);
        if (d != null) {
            vars.put("department", d.name);
        }
        if (c.outOfScope != null) {
            vars.put("referralLine", TemplateService.REFERRAL_LINES.get(c.outOfScope));
        }
        vars.put("resolution", c.resolution);
        return vars;
    }
}
