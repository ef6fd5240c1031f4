package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.service.CaseAccess;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.repository.CaseNote;

/** A department's work on the cases forwarded to it: accept, note, send back, resolve. */
@ApplicationScoped
public class DepartmentInbox {
    @Inject
    CaseAccess access;
    @Inject
    CaseWorkflow workflow;
    @Inject
    ReplyService replies;
    @Inject
    TemplateService templates;
    @Inject
    SatisfactionService satisfaction;

    @Transactional
    public CaseEntity accept(Long id, Actor actor) {
        CaseEntity c = load(id, actor);
        workflow.move(c, CaseStatus.IN_PROGRESS, actor, null);
        c.acceptedAt = Instant.now();
        return c;
    }

    @Transactional
    public CaseNote note(Long id, String text, Actor actor) {
        CaseEntity c = load(id, actor);
        if (c.status == CaseStatus.CLOSED) {
            throw ApiException.conflict("Kapalı vakaya not eklenemez");
        }
        return workflow.note(c, "NOTE", required(text, "Not"), actor);
    }

    /** "Bizim birimimizle ilgili değil": back to the moderation queue with the reason. */
    @Transactional
    public CaseEntity sendBack(Long id, String reason, Actor actor) {
        CaseEntity c = load(id, actor);
        String why = required(reason, "Geri gönderme gerekçesi");
        workflow.move(c, CaseStatus.TRIAGED, actor, why);
        c.dueAt = null;
        c.assigneeId = null;
        workflow.note(c, "SEND_BACK", why, actor);
        workflow.notifyModerators(c, "Birim vakayı geri gönderdi: " + why);
        return c;
    }

    /** Resolved: the citizen gets a public "çözüldü" reply in the thread, and later a satisfaction check. */
    @Transactional
    public CaseEntity resolve(Long id, String resolution, Actor actor) {
        CaseEntity c = load(id, actor);
        String text = required(resolution, "Çözüm açıklaması");
        workflow.move(c, CaseStatus.RESOLVED, actor, text);
        c.resolution = text;
        c.resolvedAt = Instant.now();
        workflow.note(c, "RESOLUTION", text, actor);
        workflow.notifyModerators(c, "Birim vakayı çözdü: " + text);
        replies.system(c, "RESOLVED", "PUBLIC", templates.render("resolved", workflow.variables(c)));
        satisfaction.schedule(c);
        return c;
    }

    private CaseEntity load(Long id, Actor actor) {
        if (!actor.isDepartment() && !actor.admin()) {
            throw ApiException.forbidden("Bu işlem birim kullanıcılarına aittir");
        }
        return access.loadForUpdate(id, actor);
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(what + " boş olamaz");
        }
        if (text.length() > 4000) {
            throw ApiException.badRequest(what + " en fazla 4000 karakter olabilir");
        }
        return text.trim();
    }
}
