package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.service.CaseAccess;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.CaseTransitions;
import tr.hemsehri.workflow.model.ForwardRequest;

/** What a moderator does with a case besides replying: triage, forward, refer elsewhere, close, reopen. */
@ApplicationScoped
public class ModeratorActions {
    @Inject
    CaseAccess access;
    @Inject
    CaseWorkflow workflow;
    @Inject
    DepartmentService departments;
    @Inject
    SlaPolicy sla;
    @Inject
    TemplateService templates;
    @Inject
    ReplyService replies;

    @Transactional
    public CaseEntity triage(Long id, Actor actor) {
        CaseEntity c = load(id, actor);
        workflow.move(c, CaseStatus.TRIAGED, actor, null);
        return c;
    }

    @Transactional
    public CaseEntity forward(Long id, ForwardRequest req, Actor actor) {
        CaseEntity c = load(id, actor);
        if (req != null && req.department() != null) {
            Department d = departments.byCode(req.department());
            if (d == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + req.department());
            }
            c.departmentId = d.id;
        }
        if (c.departmentId == null) {
            throw ApiException.badRequest("Vakanın birimi yok; 'department' belirtin");
        }
        workflow.move(c, CaseStatus.FORWARDED, actor, req == null ? null : req.note());
        Instant now = Instant.now();
        c.forwardedAt = now;
        c.acceptedAt = null;
        c.dueAt = sla.dueFrom(c, now);
        Department d = departments.byId(c.departmentId);
        workflow.note(c, "FORWARD", d.name + " birimine iletildi"
                + (req != null && req.note() != null && !req.note().isBlank() ? ": " + req.note() : ""), actor);
        if (req != null && Boolean.TRUE.equals(req.notifyCitizen())) {
            replies.system(c, "REPLY", "PUBLIC", templates.render("forwarded", workflow.variables(c)));
        }
        return c;
    }

    /** Out of scope: answer with the responsible institution's line and mark the case referred. */
    @Transactional
    public CaseEntity refer(Long id, String institution, Actor actor) {
        CaseEntity c = load(id, actor);
        String code = institution != null && !institution.isBlank() ? institution.trim() : c.outOfScope;
        if (code == null) {
            throw ApiException.badRequest("Yönlendirilecek kurum belirtilmeli ('institution')");
        }
        c.outOfScope = code;
        workflow.move(c, CaseStatus.REFERRED, actor, code);
        Map<String, String> vars = new java.util.HashMap<>(workflow.variables(c));
        vars.put("institution", code);
        String key = templates.exists("oos." + code) ? "oos." + code : "referred";
        replies.system(c, "REPLY", "PUBLIC", templates.render(key, vars));
        return c;
    }

    /** Nothing to do (thanks, spam, duplicate): close with a note. */
    @Transactional
    public CaseEntity close(Long id, String note, Actor actor) {
        CaseEntity c = load(id, actor);
        workflow.move(c, CaseStatus.CLOSED, actor, note);
        c.closedAt = Instant.now();
        return c;
    }

    /**
     * A citizen calls back after closure (the water is off again, the pothole reopened): the case returns to its
     * department with the reason and a fresh due time, instead of a new case that loses the history.
     */
    @Transactional
    public CaseEntity reopen(Long id, String reason, Actor actor) {
        CaseEntity c = load(id, actor);
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("Yeniden açma gerekçesi boş olamaz");
        }
        if (reason.length() > 4000) {
            throw ApiException.badRequest("Yeniden açma gerekçesi en fazla 4000 karakter olabilir");
        }
        if (CaseTransitions.allowed(c.status, CaseStatus.REOPENED) && c.departmentId == null) {
            throw ApiException.conflict("Vakanın birimi yok; yeniden açılamaz. Yeni başvuru olarak kaydedin");
        }
        String why = reason.trim();
        workflow.move(c, CaseStatus.REOPENED, actor, why);
        Instant now = Instant.now();
        c.reopenCount++;
        c.closedAt = null;
        c.resolvedAt = null;
        c.acceptedAt = null;
        c.dueAt = sla.dueFrom(c, now);
        workflow.note(c, "REOPEN", why, actor);
        return c;
    }

    private CaseEntity load(Long id, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Bu işlem moderatörlere aittir");
        }
        return access.loadForUpdate(id, actor);
    }
}
