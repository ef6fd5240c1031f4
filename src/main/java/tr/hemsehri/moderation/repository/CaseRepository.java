package tr.hemsehri.moderation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.moderation.model.CaseFilter;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CaseSummary;

@ApplicationScoped
public class CaseRepository implements PanacheRepository<CaseEntity> {

    private static final String SUMMARY_COLUMNS = """
            c.id, c.status, c.category, c.confidence, c.urgent, c.urgency_reason, c.out_of_scope, d.code, d.name,
            c.district, c.neighborhood, c.platform, u.username,
            (select m.author_handle from messages m where m.case_id = c.id and m.direction = 'IN'
               order by m.created_at, m.id limit 1),
            (select left(m.text, 280) from messages m where m.case_id = c.id and m.direction = 'IN'
               order by m.created_at, m.id limit 1),
            c.message_count, c.created_at, c.last_message_at, c.due_at
            """;

    /** One page of cases matching the filter, urgent first, then oldest. */
    public List<CaseSummary> search(CaseFilter f, Long departmentId, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, departmentId, params);
        Query q = getEntityManager().createNativeQuery("select " + SUMMARY_COLUMNS + """
                from cases c
                left join departments d on d.id = c.department_id
                left join app_users u on u.id = c.assignee_id
                """ + where + " order by c.urgent desc, c.created_at, c.id limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", size);
        q.setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<CaseSummary> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(summary(r));
        }
        return out;
    }

    /** Matching rows counted up to {@code limit}. */
    public long count(CaseFilter f, Long departmentId, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, departmentId, params);
        Query q = getEntityManager().createNativeQuery(
                "select count(*) from (select 1 from cases c left join departments d on d.id = c.department_id "
                        + "left join app_users u on u.id = c.assignee_id " + where + " limit :cap) x");
        params.forEach(q::setParameter);
        q.setParameter("cap", limit);
        return ((Number) q.getSingleResult()).longValue();
    }

    public CaseSummary summary(Long id) {
        Query q = getEntityManager().createNativeQuery("select " + SUMMARY_COLUMNS + """
                from cases c
                left join departments d on d.id = c.department_id
                left join app_users u on u.id = c.assignee_id
                where c.id = :id""");
        q.setParameter("id", id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.isEmpty() ? null : summary(rows.get(0));
    }

    /**
     * Claims the next unclaimed case of the moderation queue for a moderator. SKIP LOCKED lets concurrent
     * moderators pass over each other's candidate rows instead of waiting or taking the same one.
     */
    public Long claimNext(Long userId) {
        Query q = getEntityManager().createNativeQuery("""
                update cases set assignee_id = :uid, claimed_at = now(), updated_at = now(), version = version + 1
                where id = (select id from cases
                            where assignee_id is null and status in ('NEW', 'TRIAGED')
                            order by urgent desc, created_at, id
                            limit 1 for update skip locked)
                returning id""");
        q.setParameter("uid", userId);
        @SuppressWarnings("unchecked")
        List<Object> ids = q.getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /** Claims one case if nobody holds it; returns whether this call took it. */
    public boolean claim(Long caseId, Long userId) {
        return getEntityManager().createNativeQuery("""
                update cases set assignee_id = :uid, claimed_at = now(), updated_at = now(), version = version + 1
                where id = :id and assignee_id is null""")
                .setParameter("uid", userId).setParameter("id", caseId).executeUpdate() == 1;
    }

    public boolean release(Long caseId, Long userId, boolean force) {
        return getEntityManager().createNativeQuery("""
                update cases set assignee_id = null, claimed_at = null, updated_at = now(), version = version + 1
                where id = :id and assignee_id is not null and (assignee_id = :uid or :force)""")
                .setParameter("uid", userId).setParameter("id", caseId).setParameter("force", force)
                .executeUpdate() == 1;
    }

    private static String where(CaseFilter f, Long departmentId, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (departmentId != null) {
            clauses.add("c.department_id = :deptId and c.status in ("
                    + String.join(", ", CaseStatus.DEPARTMENT_VISIBLE.stream().map(s -> "'" + s.name() + "'").toList())
                    + ")");
            params.put("deptId", departmentId);
        }
        if (f.status() != null) {
            clauses.add("c.status = :status");
            params.put("status", f.status().name());
        }
        if (f.category() != null) {
            clauses.add("c.category = :category");
            params.put("category", f.category().name());
        }
        if (f.urgent() != null) {
            clauses.add("c.urgent = :urgent");
            params.put("urgent", f.urgent());
        }
        if (f.platform() != null) {
            clauses.add("c.platform = :platform");
            params.put("platform", f.platform().name());
        }
        if (f.department() != null) {
            clauses.add("d.code = :department");
            params.put("department", f.department());
        }
        if (f.district() != null) {
            clauses.add("c.district = :district");
            params.put("district", f.district());
        }
        if (f.neighborhood() != null) {
            clauses.add("c.neighborhood = :neighborhood");
            params.put("neighborhood", f.neighborhood());
        }
        if (f.assignee() != null) {
            clauses.add("u.username = :assignee");
            params.put("assignee", f.assignee());
        }
        if (f.q() != null) {
            clauses.add("exists (select 1 from messages m where m.case_id = c.id and m.text ilike :q)");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    private static CaseSummary summary(Object[] r) {
        return new CaseSummary(
                ((Number) r[0]).longValue(),
                CaseEntity.reference(((Number) r[0]).longValue()),
                CaseStatus.valueOf((String) r[1]),
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).floatValue(),
                (Boolean) r[4],
                (String) r[5],
                (String) r[6],
                (String) r[7],
                (String) r[8],
                (String) r[9],
                (String) r[10],
                (String) r[11],
                (String) r[12],
                (String) r[13],
                (String) r[14],
                ((Number) r[15]).intValue(),
                instant(r[16]),
                instant(r[17]),
                instant(r[18]));
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
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
    }
}
