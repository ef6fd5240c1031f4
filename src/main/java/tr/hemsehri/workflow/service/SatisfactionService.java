package tr.hemsehri.workflow.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import tr.hemsehri.ingest.repository.Message;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.outbox.service.OutboxRecorder;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.WorkflowConfig;
import tr.hemsehri.workflow.repository.SatisfactionCheck;

/**
 * The call-back after resolution, on social media: ask through the citizen's own channel whether the problem
 * was really fixed and for a 1–5 score; read the answer; reopen the case to its department when the citizen
 * says no or scores low; close it as unanswered when nobody answers in time.
 */
@ApplicationScoped
public class SatisfactionService {
    private static final Logger LOG = Logger.getLogger(SatisfactionService.class);
    private static final Actor CITIZEN = new Actor(null, "vatandaş", null, false, false);

    @Inject
    WorkflowConfig config;
    @Inject
    CaseWorkflow workflow;
    @Inject
    TemplateService templates;
    @Inject
    ReplyService replies;
    @Inject
    SlaPolicy sla;
    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public SatisfactionCheck schedule(CaseEntity c) {
        SatisfactionCheck s = new SatisfactionCheck();
        s.caseId = c.id;
        s.status = "SCHEDULED";
        s.dueAt = Instant.now().plus(config.satisfaction().delay());
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    @Scheduled(every = "${hemsehri.workflow.satisfaction.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            sendDue();
            expire();
        } catch (RuntimeException e) {
            LOG.warnf("Satisfaction round failed: %s", e.getMessage());
        }
    }

    /** Sends every check whose delay has passed; returns how many were handled. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue() {
        List<Object> ids = em.createNativeQuery("""
                select id from satisfaction_checks where status = 'SCHEDULED' and due_at <= now()
                order by due_at limit 50 for update skip locked""").getResultList();
        for (Object id : ids) {
            send(SatisfactionCheck.findById(((Number) id).longValue()));
        }
        return ids.size();
    }

    private void send(SatisfactionCheck s) {
        CaseEntity c = CaseEntity.findById(s.caseId);
        if (c.status != CaseStatus.RESOLVED) {
            s.status = "NOT_SENT";
            s.notSentReason = "Vaka artık çözüldü durumunda değil (" + c.status + ")";
            return;
        }
        String channel = channel(c);
        if (channel == null) {
            s.status = "NOT_SENT";
            s.notSentReason = "Vatandaşa bu kanaldan ulaşılamıyor (" + c.platform + "); telefonla aranmalı";
            return;
        }
        OutboxItem item = replies.system(c, "SATISFACTION", channel,
                templates.render("satisfaction", workflow.variables(c)));
        item.satisfactionId = s.id;
        s.channel = channel;
        s.status = "SENT";
        s.sentAt = Instant.now();
        s.answerDeadline = s.sentAt.plus(config.satisfaction().answerWithin());
    }

    /**
     * Private where the platform lets us write privately; on X, where we can only DM someone who has written
     * to us privately, the question goes publicly under the citizen's post.
     */
    static String channel(CaseEntity c) {
        return switch (c.platform) {
            case "WHATSAPP", "FACEBOOK", "INSTAGRAM" -> "PRIVATE";
            case "X" -> Message.count("caseId = ?1 and direction = 'IN' and visibility = 'PRIVATE'", c.id) > 0
                    ? "PRIVATE" : "PUBLIC";
            default -> null;
        };
    }

    /** A citizen wrote on a resolved case that awaits an answer: read it, store it, act on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAnswer(@Observes tr.hemsehri.ingest.model.SatisfactionAnswerArrived event) {
        onCitizenMessage(event.caseId(), event.messageId(), event.text());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCitizenMessage(Long caseId, Long messageId, String text) {
        SatisfactionCheck s = SatisfactionCheck.awaitingAnswer(caseId);
        if (s == null) {
            return;
        }
        CaseEntity c = CaseEntity.findById(caseId);
        SatisfactionAnswerParser.Answer a = SatisfactionAnswerParser.parse(text);
        if (!a.recognised()) {
            workflow.note(c, "SYSTEM", "Memnuniyet sorusuna anlaşılamayan yanıt: " + text, CITIZEN);
            return;
        }
        s.status = "ANSWERED";
        s.score = a.score();
        s.fixed = a.fixed();
        s.answerText = text;
        s.answerMessageId = messageId;
        s.answeredAt = Instant.now();
        boolean unhappy = Boolean.FALSE.equals(a.fixed())
                || (a.score() != null && a.score() <= config.satisfaction().reopenAtOrBelow());
        if (unhappy && c.status == CaseStatus.RESOLVED) {
            workflow.move(c, CaseStatus.REOPENED, CITIZEN, text);
            c.reopenCount++;
            c.resolvedAt = null;
            c.dueAt = sla.dueFrom(c, Instant.now());
            workflow.note(c, "REOPEN", "Vatandaş: " + text, CITIZEN);
            workflow.notifyModerators(c, "Vatandaş memnun değil, vaka yeniden açıldı: " + text);
        } else if (c.status == CaseStatus.RESOLVED) {
            workflow.move(c, CaseStatus.CLOSED, CITIZEN, a.score() == null ? "memnun" : "puan " + a.score());
            c.closedAt = Instant.now();
        }
    }

    /**
     * Checks nobody answered in time close as unanswered, and their cases close. Rows are claimed like
     * {@link #sendDue()}: without the lock two replicas (or a round and a manual call) closed the same case twice
     * or lost the whole round to the case's version check.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int expire() {
        List<Object> ids = em.createNativeQuery("""
                select id from satisfaction_checks where status = 'SENT' and answer_deadline < now()
                order by answer_deadline limit 100 for update skip locked""").getResultList();
        for (Object id : ids) {
            SatisfactionCheck s = SatisfactionCheck.findById(((Number) id).longValue());
            s.status = "UNANSWERED";
            CaseEntity c = em.find(CaseEntity.class, s.caseId, LockModeType.PESSIMISTIC_WRITE);
            if (c.status == CaseStatus.RESOLVED) {
                workflow.move(c, CaseStatus.CLOSED, Actor.system(), "memnuniyet sorusu yanıtsız");
                c.closedAt = Instant.now();
            }
        }
        return ids.size();
    }

    /** The question never reached the citizen: record why. */
    void onOutboxFailure(@Observes OutboxRecorder.Failed failed) {
        OutboxItem item = failed.item();
        if (item.satisfactionId == null) {
            return;
        }
        SatisfactionCheck s = SatisfactionCheck.findById(item.satisfactionId);
        if (s != null && "SENT".equals(s.status)) {
            s.status = "NOT_SENT";
            s.notSentReason = item.lastError;
        }
    }
}
