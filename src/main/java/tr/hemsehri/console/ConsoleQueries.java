package tr.hemsehri.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.repository.CaseRepository;

/**
 * The console's queue reads: the filters of the API queue plus "open" and SLA state, counts per filter value
 * (district and neighbourhood included),
 * and the count of cases that arrived since the page was drawn. Ordering and rows come from the same columns
 * and indexes as {@code CaseRepository} (urgent first, then oldest).
 */
@ApplicationScoped
public class ConsoleQueries {
    public static final int PAGE_SIZE = 25;
    /** Due within this many hours counts as "due soon". */
    static final int SOON_HOURS = 4;
    static final String OPEN_DEPT = "('FORWARDED', 'IN_PROGRESS', 'REOPENED')";

    @Inject
    EntityManager em;
    @Inject
    CaseRepository cases;

    @io.quarkus.qute.TemplateData
    public record QueuePage(List<CaseSummary> items, long total, boolean more, long maxId) {
    }

    @io.quarkus.qute.TemplateData
    public record Facet(String value, long count) {
    }

    @Transactional
    public QueuePage queue(QueueQuery f, Long departmentId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, departmentId, params, null);
        Query q = em.createNativeQuery("select c.id from cases c left join departments d on d.id = c.department_id "
                + where + " order by c.urgent desc, c.created_at, c.id limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", PAGE_SIZE + 1);
        q.setParameter("offset", (long) f.page() * PAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<Object> ids = q.getResultList();
        List<CaseSummary> items = new ArrayList<>();
        for (int i = 0; i < Math.min(ids.size(), PAGE_SIZE); i++) {
            items.add(cases.summary(((Number) ids.get(i)).longValue()));
        }
        Query c = em.createNativeQuery("select count(*) from (select 1 from cases c left join departments d "
                + "on d.id = c.department_id " + where + " limit 10001) x");
        params.forEach(c::setParameter);
        long total = ((Number) c.getSingleResult()).longValue();
        Number max = (Number) em.createNativeQuery("select coalesce(max(id), 0) from cases").getSingleResult();
        return new QueuePage(items, total, ids.size() > PAGE_SIZE, max.longValue());
    }

    /** Count of each value of each filter, within the other active filters (the usual faceted search). */
    @Transactional
    public Map<String, List<Facet>> facets(QueueQuery f, Long departmentId) {
        Map<String, List<Facet>> out = new LinkedHashMap<>();
        facet(out, "status", "c.status", f, departmentId);
        facet(out, "category", "coalesce(c.category, '-')", f, departmentId);
        facet(out, "platform", "c.platform", f, departmentId);
        facet(out, "department", "coalesce(d.code, '-')", f, departmentId);
        facet(out, "sla", SLA_EXPR, f, departmentId);
        facet(out, "urgent", "case when c.urgent then 'true' else 'false' end", f, departmentId);
        facet(out, "district", "coalesce(c.district, '-')", f, departmentId);
        facet(out, "neighborhood", "c.neighborhood", f, departmentId);
        return out;
    }

    static final String SLA_EXPR = "case when c.due_at is null or c.status not in " + OPEN_DEPT + " then 'NONE' "
            + "when c.due_at < now() then 'OVERDUE' when c.due_at < now() + interval '" + SOON_HOURS
            + " hours' then 'SOON' else 'OK' end";

    private void facet(Map<String, List<Facet>> out, String name, String expr, QueueQuery f, Long departmentId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, departmentId, params, name);
        Query q = em.createNativeQuery("select " + expr + " as v, count(*) from cases c left join departments d "
                + "on d.id = c.department_id " + where + " group by 1 order by 2 desc limit 30");
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        // a null value (no neighbourhood) is no filter one could pick
        out.put(name, rows.stream().filter(r -> r[0] != null)
                .map(r -> new Facet(String.valueOf(r[0]), ((Number) r[1]).longValue())).toList());
    }

    /** Cases created after {@code sinceId} that match the current filters: the "N yeni vaka" banner. */
    @Transactional
    public long newSince(QueueQuery f, Long departmentId, long sinceId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, departmentId, params, null);
        params.put("sinceId", sinceId);
        Query q = em.createNativeQuery("select count(*) from cases c left join departments d on d.id = c.department_id "
                + (where.isEmpty() ? "where " : where + " and ") + "c.id > :sinceId");
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(QueueQuery f, Long departmentId, Map<String, Object> params, String skip) {
        List<String> w = new ArrayList<>();
        if (departmentId != null) {
            w.add("c.department_id = :deptId and c.status in ('FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED')");
            params.put("deptId", departmentId);
        }
        if (!"status".equals(skip) && f.status() != null && !"ALL".equals(f.status())) {
            if ("OPEN".equals(f.status())) {
                w.add("c.status in ('NEW', 'TRIAGED', 'REOPENED')");
            } else if ("ACTIVE".equals(f.status())) {
                w.add("c.status in " + OPEN_DEPT);
            } else {
                w.add("c.status = :status");
                params.put("status", CaseStatus.valueOf(f.status()).name());
            }
        }
        // "-" is the facet value of "none" (Sınıfsız, Birimsiz)
        if (!"category".equals(skip) && f.category() != null) {
            if ("-".equals(f.category())) {
                w.add("c.category is null");
            } else {
                w.add("c.category = :category");
                params.put("category", f.category());
            }
        }
        if (!"urgent".equals(skip) && f.urgent() != null) {
            w.add("c.urgent = :urgent");
            params.put("urgent", Boolean.parseBoolean(f.urgent()));
        }
        if (!"platform".equals(skip) && f.platform() != null) {
            w.add("c.platform = :platform");
            params.put("platform", f.platform());
        }
        if (!"department".equals(skip) && f.department() != null) {
            if ("-".equals(f.department())) {
                w.add("c.department_id is null");
            } else {
                w.add("d.code = :department");
                params.put("department", f.department());
            }
        }
        if (!"district".equals(skip) && f.district() != null) {
            w.add("c.district = :district");
            params.put("district", f.district());
        }
        if (!"neighborhood".equals(skip) && f.neighborhood() != null) {
            w.add("c.neighborhood ilike :neighborhood");
            params.put("neighborhood", like(f.neighborhood()));
        }
        if (!"sla".equals(skip) && f.sla() != null) {
            switch (f.sla()) {
                case "OVERDUE" -> w.add("c.status in " + OPEN_DEPT + " and c.due_at < now()");
                case "SOON" -> w.add("c.status in " + OPEN_DEPT + " and c.due_at >= now() and c.due_at < now() + interval '"
                        + SOON_HOURS + " hours'");
                case "OK" -> w.add("c.status in " + OPEN_DEPT + " and c.due_at >= now() + interval '" + SOON_HOURS
                        + " hours'");
                case "NONE" -> w.add("(c.due_at is null or c.status not in " + OPEN_DEPT + ")");
                default -> {
                }
            }
        }
        if (f.q() != null) {
            w.add("exists (select 1 from messages m where m.case_id = c.id and m.text ilike :q)");
            params.put("q", "%" + escape(f.q()) + "%");
        }
        return w.isEmpty() ? "" : "where " + String.join(" and ", w);
    }

    private static String like(String s) {
        return escape(s);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
