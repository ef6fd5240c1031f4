package tr.hemsehri.moderation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.model.CaseFilter;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.model.Page;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.CaseRepository;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.security.UserRepository;

/** The moderation queue: browsing, and handing out cases so that no two moderators hold the same one. */
@ApplicationScoped
public class QueueService {
    public static final int MAX_PAGE_SIZE = 100;
    /** Deeper offsets are refused: nobody pages 10,000 rows into a queue, and offset scans grow with depth. */
    public static final int MAX_OFFSET = 10_000;

    @Inject
    CaseRepository cases;
    @Inject
    CaseAccess access;
    @Inject
    AuditService audit;
    @Inject
    UserRepository users;

    @Transactional
    public Page<CaseSummary> list(CaseFilter filter, int page, int size, Actor actor) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest("'size' 1 ile " + MAX_PAGE_SIZE + " arasında olmalı");
        }
        if (page < 0) {
            throw ApiException.badRequest("'page' negatif olamaz");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ApiException.badRequest("En fazla " + MAX_OFFSET + " kayıt ileri gidilebilir; filtreleri daraltın");
        }
        Long dept = actor.isDepartment() ? actor.departmentId() : null;
        List<CaseSummary> items = cases.search(filter, dept, page, size);
        long total = cases.count(filter, dept, Page.TOTAL_LIMIT + 1);
        return new Page<>(items, page, size, Math.min(total, Page.TOTAL_LIMIT), total > Page.TOTAL_LIMIT);
    }

    /** Claims the next case for the moderator; null when the queue is empty. */
    @Transactional
    public CaseSummary next(Actor actor) {
        Long id = cases.claimNext(actor.userId());
        if (id == null) {
            return null;
        }
        // claimNext only takes unassigned cases, so there was no previous assignee.
        audit.record(actor.name(), "case", id, "claim", assignee(null), assignee(actor.name()));
        return cases.summary(id);
    }

    @Transactional
    public CaseSummary claim(Long id, Actor actor) {
        CaseEntity c = access.load(id, actor);
        if (actor.userId().equals(c.assigneeId)) {
            return cases.summary(id);
        }
        if (!cases.claim(id, actor.userId())) {
            throw ApiException.conflict("Vaka başka bir moderatörde: " + c.reference());
        }
        // The conditional update only succeeds on an unassigned case, so there was no previous assignee.
        audit.record(actor.name(), "case", id, "claim", assignee(null), assignee(actor.name()));
        return cases.summary(id);
    }

    @Transactional
    public CaseSummary release(Long id, Actor actor, boolean admin) {
        // Locked, so the holder recorded as "before" is the one this release removes (an admin may force it).
        CaseEntity c = access.loadForUpdate(id, actor);
        if (c.assigneeId == null) {
            return cases.summary(id);
        }
        if (!cases.release(id, actor.userId(), admin)) {
            throw ApiException.conflict("Vaka başka bir moderatörde; yalnızca o ya da yönetici bırakabilir");
        }
        String holder = users.findByIdOptional(c.assigneeId).map(u -> u.username).orElse(null);
        audit.record(actor.name(), "case", id, "release", assignee(holder), assignee(null));
        return cases.summary(id);
    }

    /** Audit state {"assignee": user name or null}; null means nobody holds the case. */
    private static Map<String, Object> assignee(String username) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assignee", username);
        return m;
    }
}
