package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import tr.hemsehri.incident.IncidentsConfig;
import tr.hemsehri.incident.grouping.GroupingEngine;
import tr.hemsehri.incident.grouping.Report;

/**
 * Fills a {@link GroupingEngine} from the database: the open incidents (planned ones from their announcement, detected
 * ones from their latest members) and the recent cases that joined none. Called by {@link IncidentGrouping} inside
 * its own transaction, with the engine locked.
 */
@ApplicationScoped
class IncidentIndexLoader {
    private static final Logger LOG = Logger.getLogger(IncidentIndexLoader.class);

    @Inject
    EntityManager em;
    @Inject
    IncidentsConfig config;
    @Inject
    tr.hemsehri.nlp.OpenNlpMessageAnalyzer analyzer;

    @SuppressWarnings("unchecked")
    void load(GroupingEngine engine) {
        engine.clear();
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.kind, i.district, i.neighborhood, d.code, i.planned_start, i.planned_end,
                       coalesce(i.announcement, i.public_text, i.title, ''), i.public_text
                from incidents i left join departments d on d.id = i.department_id
                where i.status in ('SUGGESTED', 'OPEN', 'IN_PROGRESS')
                  and (i.district is not null or i.kind = 'DETECTED')""")
                .getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object[] row : rows) {
            byId.put(((Number) row[0]).longValue(), row);
        }
        Map<Long, List<Report>> members = new HashMap<>();
        if (!byId.isEmpty()) {
            // the centroid of an incident's latest reports: a restart after an outage day of 100,000
            // reports rebuilds in milliseconds, and the direction of the sum is that of its recent members
            List<Object[]> ms = em.createNativeQuery(MEMBERS + " join (select x.case_id, x.incident_id from ("
                    + "select ic.case_id, ic.incident_id, row_number() over (partition by ic.incident_id"
                    + " order by ic.case_id desc) as r from incident_cases ic where ic.incident_id in (:ids)) x"
                    + " where x.r <= :latest) ic on ic.case_id = c.id")
                    .setParameter("ids", byId.keySet()).setParameter("latest", RELOAD_MEMBERS).getResultList();
            for (Object[] m : ms) {
                members.computeIfAbsent(((Number) m[6]).longValue(), k -> new ArrayList<>())
                        .add(deskPlaced(report(m), (String) m[5]));
            }
        }
        for (Map.Entry<Long, Object[]> en : byId.entrySet()) {
            Object[] row = en.getValue();
            List<Report> list = members.getOrDefault(en.getKey(), List.of());
            if ("PLANNED".equals(row[1])) {
                if (row[2] == null) {
                    continue;
                }
                engine.planned(en.getKey(), (String) row[2], (String) row[3], (String) row[4],
                        IncidentGrouping.instant(row[5]), IncidentGrouping.instant(row[6]), (String) row[7]);
                list.forEach(m -> engine.addTo(en.getKey(), m));
            } else if (!list.isEmpty()) {
                // a member grouped by the place from context was stored with the analyser's (none): the
                // incident's own place is where grouping put it
                String district = (String) row[2];
                String neighborhood = (String) row[3];
                engine.create(en.getKey(), list.stream().map(m -> m.district() == null && district != null
                        ? m.at(district, neighborhood) : m).toList());
            }
            engine.announce(en.getKey(), (String) row[8]);
        }
        List<Object[]> pooled = em.createNativeQuery(MEMBERS.replace("ic.incident_id", "0")
                + " where c.created_at > :since" // the engine drops those with no district, line, street or mahalle name
                + " and not exists (select 1 from incident_cases x where x.case_id = c.id)"
                + " and c.status not in ('CLOSED', 'REFERRED') order by c.created_at")
                .setParameter("since", Instant.now().minus(config.poolWindow()))
                .getResultList();
        pooled.forEach(m -> engine.pool(engine.withContextPlace(guessed(deskPlaced(report(m), (String) m[5]),
                (String) m[5]))));
        LOG.debugf("Incident index: %d open incidents, %d pooled reports", engine.openGroups(),
                engine.pooled());
    }

    /** Members per incident read back at a reload. */
    static final int RELOAD_MEMBERS = 500;

    private static final String MEMBERS = """
            select c.id, c.district, c.neighborhood, d.code, c.created_at,
                   (select m.text from messages m where m.case_id = c.id and m.direction = 'IN'
                    order by m.created_at, m.id limit 1), ic.incident_id
            from cases c left join departments d on d.id = c.department_id""";

    /** A reloaded report of no written place is of no district, as when it arrived (IncidentsConfig#deskDistrictIsPlace). */
    private Report deskPlaced(Report r, String text) {
        if (config.deskDistrictIsPlace() || r.district() == null || r.neighborhood() != null || text == null
                || !r.district().equals(analyzer.defaultDistrict())) {
            return r; // only a district desk's own district can have come from the desk alone
        }
        var place = analyzer.place(text);
        return place.fromScope() && r.district().equals(place.district()) ? Report.of(r.caseId(), text, null, null,
                r.department(), r.at()) : r;
    }

    /**
     * A pooled report whose mahalle the analyser guessed among same-named ones is guessed again after a restart: a
     * guess is no evidence of where a problem is (ActiveDistricts), and only the text says it was one.
     */
    private Report guessed(Report r, String text) {
        if (r.neighborhood() == null || text == null) {
            return r;
        }
        var place = analyzer.place(text);
        if (!place.guessed() || !r.neighborhood().equals(place.neighborhood())) {
            return r; // a moderator's correction is no guess
        }
        return new Report(r.caseId(), r.district(), r.neighborhood(), r.department(), r.at(), r.text(), true);
    }

    private static Report report(Object[] m) {
        return Report.of(((Number) m[0]).longValue(), (String) m[5], (String) m[1], (String) m[2], (String) m[3],
                IncidentGrouping.instant(m[4]));
    }
}
