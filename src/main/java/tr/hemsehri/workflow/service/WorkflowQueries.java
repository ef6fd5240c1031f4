package tr.hemsehri.workflow.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.CaseRepository;
import tr.hemsehri.moderation.service.CaseAccess;
import tr.hemsehri.outbox.repository.OutboxItem;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.CaseTransitions;
import tr.hemsehri.workflow.model.WorkflowConfig;
import tr.hemsehri.workflow.model.WorkflowView;
import tr.hemsehri.workflow.repository.CaseNote;
import tr.hemsehri.workflow.repository.Reply;
import tr.hemsehri.workflow.repository.SatisfactionCheck;
import tr.hemsehri.workflow.repository.StatusChange;

/** Read side of the workflow: a case's history with time in each state, and the escalation lists. */
@ApplicationScoped
public class WorkflowQueries {
    @Inject
    CaseAccess access;
    @Inject
    CaseRepository cases;
    @Inject
    WorkflowConfig config;
    @Inject
    EntityManager em;

    public record Escalations(List<CaseSummary> overdue, List<CaseSummary> unclaimed, List<CaseSummary> notAccepted) {
    }

    @Transactional
    public WorkflowView view(Long id, Actor actor) {
        CaseEntity c = access.load(id, actor);
        List<StatusChange> history = StatusChange.listByCase(id);
        Instant now = Instant.now();
        return new WorkflowView(c.id, c.reference(), c.status.name(),
                CaseTransitions.from(c.status).stream().map(Enum::name).sorted().toList(),
                c.dueAt, c.dueAt != null && c.dueAt.isBefore(now) && open(c.status),
                secondsInState(c, history, now),
                history.stream().map(h -> new WorkflowView.History(h.fromStatus, h.toStatus, h.actor, h.note, h.at)).toList(),
                CaseNote.listByCase(id).stream().map(n -> new WorkflowView.Note(n.kind, n.text, n.actor, n.createdAt)).toList(),
                Reply.listByCase(id).stream().map(r -> new WorkflowView.ReplyView(r.id, r.visibility, r.text, r.template,
                        r.status, r.piiMasked, r.externalId, r.error, r.createdAt, r.sentAt)).toList(),
                OutboxItem.<OutboxItem>list("caseId = ?1 order by id", id).stream().map(o -> new WorkflowView.Delivery(o.id,
                        o.kind, o.visibility, o.status, o.attempts, o.externalId, o.lastError, o.idempotencyKey, o.sentAt))
                        .toList(),
                SatisfactionCheck.listByCase(id).stream().map(s -> new WorkflowView.Satisfaction(s.id, s.status, s.channel,
                        s.score, s.fixed, s.answerText, s.notSentReason, s.sentAt, s.answeredAt)).toList());
    }

    /** Seconds spent in each state, the current one counted up to now. */
    static Map<String, Long> secondsInState(CaseEntity c, List<StatusChange> history, Instant now) {
        Map<String, Long> out = new LinkedHashMap<>();
        Instant since = c.createdAt;
        String state = CaseStatus.NEW.name();
        for (StatusChange h : history) {
            out.merge(state, Math.max(0, Duration.between(since, h.at).toSeconds()), Long::sum);
            state = h.toStatus;
            since = h.at;
        }
        out.merge(state, Math.max(0, Duration.between(since, now).toSeconds()), Long::sum);
        return out;
    }

    /** Cases overdue at their department, new cases nobody took, forwarded cases nobody accepted. */
    @Transactional
    public Escalations escalations() {
        Instant now = Instant.now();
        WorkflowConfig.Sla sla = config.sla();
        List<Long> overdue = ids("select id from cases where due_at < :now and status in ('FORWARDED', 'IN_PROGRESS', "
                + "'REOPENED') order by due_at limit 100", Map.of("now", now));
        List<Long> unclaimed = ids("select id from cases where status = 'NEW' and assignee_id is null and "
                + "((urgent and created_at < :urgentBefore) or created_at < :before) order by urgent desc, created_at "
                + "limit 100", Map.of("urgentBefore", now.minus(sla.urgentUnclaimedAfter()),
                        "before", now.minus(sla.unclaimedAfter())));
        List<Long> notAccepted = ids("select id from cases where status = 'FORWARDED' and forwarded_at < :before "
                + "order by forwarded_at limit 100", Map.of("before", now.minus(sla.acceptWithin())));
        return new Escalations(summaries(overdue), summaries(unclaimed), summaries(notAccepted));
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Map<String, Object> params) {
        var q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        List<Object> rows = q.getResultList();
        return rows.stream().map(o -> ((Number) o).longValue()).toList();
    }

    private List<CaseSummary> summaries(List<Long> ids) {
        List<CaseSummary> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            out.add(cases.summary(id));
        }
        return out;
    }

    private static boolean open(CaseStatus s) {
        return s == CaseStatus.FORWARDED || s == CaseStatus.IN_PROGRESS || s == CaseStatus.REOPENED;
    }
}
