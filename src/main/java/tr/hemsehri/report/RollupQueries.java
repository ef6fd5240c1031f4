package tr.hemsehri.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Native queries over a report {@link ReportRollup.Scope}, binding those of its parameters the SQL names. */
final class RollupQueries {
    private RollupQueries() {
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(EntityManager em, ReportRollup.Scope s, String sql) {
        return query(em, s, sql).getResultList();
    }

    static Object single(EntityManager em, ReportRollup.Scope s, String sql) {
        return query(em, s, sql).getSingleResult();
    }

    static Query query(EntityManager em, ReportRollup.Scope s, String sql) {
        Query q = em.createNativeQuery(sql);
        bind(q, sql, "from", s.from());
        bind(q, sql, "to", s.to());
        bind(q, sql, "monthsFrom", s.monthsFrom());
        bind(q, sql, "monthsTo", s.monthsTo());
        bind(q, sql, "start", s.start());
        bind(q, sql, "end", s.end());
        if (s.departmentId() != null) {
            bind(q, sql, "dept", s.departmentId());
        }
        return q;
    }

    private static void bind(Query q, String sql, String name, Object value) {
        if (java.util.regex.Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
            q.setParameter(name, value);
        }
    }
}
