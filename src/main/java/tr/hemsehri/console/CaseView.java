package tr.hemsehri.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.moderation.model.CaseDetail;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.CaseRepository;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.service.CaseWorkflow;
import tr.hemsehri.workflow.service.SlaPolicy;
import tr.hemsehri.workflow.service.TemplateService;

/** Builds the case page's conversation views and composer helpers from the services' data. */
@ApplicationScoped
public class CaseView {
    @Inject
    EntityManager em;
    @Inject
    CaseRepository cases;
    @Inject
    SlaPolicy sla;
    @Inject
    TemplateService templates;
    @Inject
    CaseWorkflow workflow;

    /**
     * The conversation in time order: stored messages (theirs and our delivered answers) plus our answers that
     * are not delivered yet, from the outbox (queued, failed) and from replies that never reached it (awaiting
     * approval, rejected).
     */
    @Transactional
    public List<ThreadItem> thread(CaseDetail detail, Long caseId) {
        List<ThreadItem> items = new ArrayList<>();
        for (CaseDetail.TimelineItem m : detail.timeline()) {
            boolean in = "IN".equals(m.direction());
            items.add(new ThreadItem(m.direction(), m.visibility(), in ? name(m.authorName(), m.authorHandle()) : "Belediye",
                    m.authorHandle(), m.text(), m.createdAt(), null, null, null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("""
                select o.visibility, o.text, o.status, o.last_error, o.created_at, o.reply_id from outbox o
                where o.case_id = :id and o.status <> 'SENT' order by o.id""").setParameter("id", caseId).getResultList();
        for (Object[] r : pending) {
            items.add(new ThreadItem("OUT", (String) r[0], "Belediye", null, (String) r[1], instant(r[4]), (String) r[2],
                    (String) r[3], r[5] == null ? null : ((Number) r[5]).longValue()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> held = em.createNativeQuery("""
                select r.visibility, r.text, r.status, coalesce(r.rejected_reason, r.error), r.created_at, r.id from replies r
                where r.case_id = :id and r.status in ('PENDING_APPROVAL', 'REJECTED', 'NOT_SENT')
                  and not exists (select 1 from outbox o where o.reply_id = r.id) order by r.id""")
                .setParameter("id", caseId).getResultList();
        for (Object[] r : held) {
            items.add(new ThreadItem("OUT", (String) r[0], "Belediye", null, (String) r[1], instant(r[4]), (String) r[2],
                    (String) r[3], ((Number) r[5]).longValue()));
        }
        items.sort(Comparator.comparing(ThreadItem::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    /** The due time a forward made now would get. */
    @Transactional
    public Instant dueIfForwardedNow(Long caseId) {
        CaseEntity c = cases.findById(caseId);
        return c == null ? null : sla.dueFrom(c, Instant.now());
    }

    /** A template filled with the case's variables, for the composer to show and edit. */
    @Transactional
    public String render(Long caseId, String key) {
        CaseEntity c = cases.findById(caseId);
        if (c == null || key == null || !templates.exists(key)) {
            return "";
        }
        Map<String, String> vars = new HashMap<>(workflow.variables(c));
        return templates.render(key, vars);
    }

    public Map<String, String> templates() {
        return templates.all();
    }

    static boolean visibleTo(Actor actor) {
        return actor != null;
    }

    private static String name(String name, String handle) {
        return name != null && !name.isBlank() ? name : handle != null ? handle : "Vatandaş";
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + o.getClass());
    }
}
