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
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.service.CaseAccess;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.outbox.service.OutboxService;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.ReplyRequest;
import tr.hemsehri.workflow.model.WorkflowConfig;
import tr.hemsehri.workflow.repository.Reply;

/**
 * Moderator replies: from a template or free text, checked for personal data when public, held for approval
 * when the author is not an approver (if approval is on), and queued in the outbox with the case reference.
 */
@ApplicationScoped
public class ReplyService {
    /** X's limit is 280; the case reference takes about 35 of them. */
    static final int X_PUBLIC_LIMIT = 240;
    static final int MAX_LENGTH = 2000;

    @Inject
    CaseAccess access;
    @Inject
    CaseWorkflow workflow;
    @Inject
    TemplateService templates;
    @Inject
    OutboxService outbox;
    @Inject
    WorkflowConfig config;
    @Inject
    AuditService audit;

    @Transactional
    public Reply reply(Long caseId, ReplyRequest req, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Birimler vatandaşa çözüm adımıyla yanıt verir");
        }
        if (req == null) {
            throw ApiException.badRequest("İstek gövdesi boş");
        }
        CaseEntity c = access.loadForUpdate(caseId, actor);
        String visibility = visibility(req.visibility());
        String text = compose(c, req);
        boolean masked = false;
        if ("PUBLIC".equals(visibility)) {
            List<PiiGuard.Finding> findings = PiiGuard.scan(text);
            if (!findings.isEmpty()) {
                if (!Boolean.TRUE.equals(req.maskPii())) {
                    throw new ApiException(422, "Kişisel veri içeriyor",
                            "Herkese açık yanıtta kişisel veri var: maskeleyin (maskPii) ya da özel mesajla gönderin",
                            Map.of("findings", findings.stream()
                                    .map(f -> Map.of("kind", f.kind().name(), "match", f.match(), "start", f.start(),
                                            "end", f.end()))
                                    .toList()));
                }
                text = PiiGuard.mask(text);
                masked = true;
            }
            if ("X".equals(c.platform) && text.length() > X_PUBLIC_LIMIT) {
                throw ApiException.badRequest("X yanıtı en fazla " + X_PUBLIC_LIMIT + " karakter olabilir");
            }
        }
        Reply r = new Reply();
        r.caseId = c.id;
        r.visibility = visibility;
        r.text = text;
        r.template = req.template();
        r.piiMasked = masked;
        r.authorId = actor.userId();
        r.createdAt = Instant.now();
        if (config.requireApproval() && !actor.approver()) {
            r.status = "PENDING_APPROVAL";
            r.persist();
        } else {
            r.status = "QUEUED";
            r.approvedBy = actor.userId();
            r.persist();
            queue(c, r);
        }
        audit.record(actor.name(), "case", c.id, "reply", null,
                Map.of("replyId", r.id, "visibility", visibility, "status", r.status));
        return r;
    }

    @Transactional
    public Reply approve(Long replyId, Actor actor) {
        Reply r = pending(replyId, actor);
        CaseEntity c = access.loadForUpdate(r.caseId, actor);
        r.status = "QUEUED";
        r.approvedBy = actor.userId();
        r.approvedAt = Instant.now();
        queue(c, r);
        audit.record(actor.name(), "reply", r.id, "approve", Map.of("status", "PENDING_APPROVAL"),
                Map.of("status", "QUEUED"));
        return r;
    }

    @Transactional
    public Reply reject(Long replyId, String reason, Actor actor) {
        Reply r = pending(replyId, actor);
        r.status = "REJECTED";
        r.rejectedReason = reason;
        audit.record(actor.name(), "reply", r.id, "reject", Map.of("status", "PENDING_APPROVAL"),
                Map.of("status", "REJECTED", "reason", reason == null ? "" : reason));
        return r;
    }

    @Transactional
    public List<Reply> pendingApproval() {
        return Reply.list("status = 'PENDING_APPROVAL' order by createdAt");
    }

    /** Queues a system reply (resolution, referral) that needs no approval. Public texts are masked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxItem system(CaseEntity c, String kind, String visibility, String text) {
        return outbox.enqueue(c, kind, visibility, "PUBLIC".equals(visibility) ? PiiGuard.mask(text) : text);
    }

    void onSent(@jakarta.enterprise.event.Observes tr.hemsehri.outbox.service.OutboxRecorder.Sent sent) {
        if (sent.item().replyId != null) {
            Reply r = Reply.findById(sent.item().replyId);
            r.status = "SENT";
            r.externalId = sent.item().externalId;
            r.sentAt = sent.item().sentAt;
            r.error = null;
        }
    }

    void onFailed(@jakarta.enterprise.event.Observes tr.hemsehri.outbox.service.OutboxRecorder.Failed failed) {
        if (failed.item().replyId != null) {
            Reply r = Reply.findById(failed.item().replyId);
            r.status = "FAILED";
            r.error = failed.item().lastError;
        }
    }

    private Reply pending(Long replyId, Actor actor) {
        if (!actor.approver()) {
            throw ApiException.forbidden("Yanıt onayı için onaylayıcı yetkisi gerekir");
        }
        Reply r = Reply.findById(replyId);
        if (r == null) {
            throw ApiException.notFound("Yanıt bulunamadı: " + replyId);
        }
        if (!"PENDING_APPROVAL".equals(r.status)) {
            throw ApiException.conflict("Yanıt onay beklemiyor (durum: " + r.status + ")");
        }
        return r;
    }

    private void queue(CaseEntity c, Reply r) {
        OutboxItem item = outbox.enqueue(c, "REPLY", r.visibility, r.text);
        item.replyId = r.id;
    }

    private String compose(CaseEntity c, ReplyRequest req) {
        String text;
        if (req.template() != null && !req.template().isBlank()) {
            if (!templates.exists(req.template())) {
                throw ApiException.badRequest("Bilinmeyen şablon: " + req.template());
            }
            Map<String, String> vars = new HashMap<>(workflow.variables(c));
            if (req.variables() != null) {
                vars.putAll(req.variables());
            }
            text = templates.render(req.template(), vars);
        } else {
            text = req.text();
        }
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("'text' ya da 'template' gerekli");
        }
        if (text.length() > MAX_LENGTH) {
            throw ApiException.badRequest("Yanıt en fazla " + MAX_LENGTH + " karakter olabilir");
        }
        return text.trim();
    }

    private static String visibility(String raw) {
        if (raw == null || raw.isBlank()) {
            return "PUBLIC";
        }
        String v = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!v.equals("PUBLIC") && !v.equals("PRIVATE")) {
            throw ApiException.badRequest("'visibility' PUBLIC ya da PRIVATE olmalı: " + raw);
        }
        return v;
    }
}
