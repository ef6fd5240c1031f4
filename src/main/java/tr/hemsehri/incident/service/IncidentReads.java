package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.incident.grouping.NewIncidentSuggestions;
import tr.hemsehri.incident.grouping.Suggestions;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.incident.model.IncidentDtos.IncidentDetail;
import tr.hemsehri.incident.model.IncidentDtos.IncidentView;
import tr.hemsehri.incident.model.IncidentDtos.LinkedCase;
import tr.hemsehri.incident.model.IncidentDtos.ProposedIncident;
import tr.hemsehri.incident.model.IncidentDtos.SuggestedCase;
import tr.hemsehri.incident.model.IncidentDtos.UpdateView;
import tr.hemsehri.incident.model.IncidentUpdate;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.security.CurrentUser.Actor;

/**
 * Incidents as staff read them, for the API and the console: the list, the early-warning count, an incident's
 * page (linked reports, updates) and its view (reports by platform and neighbourhood, first and last report,
 * department, status, ETA). Loading checks what the actor may see; departments only read.
 */
@ApplicationScoped
public class IncidentReads {
    @Inject
    EntityManager em;
    @Inject
    DepartmentService departments;
    @Inject
    IncidentGrouping grouping;

    @Transactional
    public List<IncidentView> list(String status, Actor actor, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (status != null && !status.isBlank()) {
            q.append(" and status = :status");
            p.put("status", status.trim().toUpperCase(Locale.ROOT));
        } else {
            q.append(" and status not in ('MERGED', 'DISMISSED')");
        }
        if (actor.isDepartment()) {
            q.append(" and departmentId = :dept");
            p.put("dept", actor.departmentId());
        }
        q.append(" order by case status when 'SUGGESTED' then 0 when 'OPEN' then 1 when 'IN_PROGRESS' then 2 else 3 end,"
                + " createdAt desc");
        List<Incident> list = Incident.<Incident>find(q.toString(), p).page(0, limit).list();
        return list.stream().map(this::view).toList();
    }

    /** Early warning on every console page: suggested incidents waiting for a moderator (a department: its own). */
    @Transactional
    public long suggestedCount(Actor actor) {
        return actor.isDepartment()
                ? Incident.count("status = ?1 and departmentId = ?2", Incident.SUGGESTED, actor.departmentId())
                : Incident.count("status", Incident.SUGGESTED);
    }

    @Transactional
    public IncidentDetail detail(long id, Actor actor) {
        Incident i = load(id, actor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.platform, c.status, c.district, c.neighborhood, ic.linked_by, ic.similarity, c.created_at,
                       (select m.text from messages m where m.case_id = c.id and m.direction = 'IN'
                        order by m.created_at, m.id limit 1)
                from incident_cases ic join cases c on c.id = ic.case_id where ic.incident_id = ?1
                order by c.created_at, c.id limit 1000""").setParameter(1, id).getResultList();
        List<LinkedCase> cases = new ArrayList<>();
        for (Object[] r : rows) {
            long cid = ((Number) r[0]).longValue();
            cases.add(new LinkedCase(cid, CaseEntity.reference(cid), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).floatValue(),
                    IncidentGrouping.instant(r[7]), (String) r[8]));
        }
        List<UpdateView> updates = IncidentUpdate.<IncidentUpdate>list("incidentId = ?1 order by createdAt, id", id)
                .stream().map(u -> new UpdateView(u.id, u.status, u.text, u.eta, u.actor, u.recipients, u.createdAt))
                .toList();
        return new IncidentDetail(view(i), cases, updates);
    }

    /**
     * The ungrouped recent cases the grouping suggests for this incident, most probable first; none for departments
     * (they do not link) or for an incident that no longer takes reports.
     */
    @Transactional
    public List<SuggestedCase> suggestions(long id, Actor actor) {
        Incident i = load(id, actor);
        if (actor.isDepartment() || !i.isOpen()) {
            return List.of();
        }
        List<Suggestions.Suggestion> ranked = grouping.suggestions(id);
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Double> probability = new HashMap<>();
        ranked.forEach(s -> probability.put(s.caseId(), s.probability()));
        List<SuggestedCase> out = new ArrayList<>(casesOutsideIncidents(probability));
        out.sort(Comparator.comparingDouble(SuggestedCase::probability).reversed());
        return out;
    }

    /** Groups of ungrouped recent cases that may be one incident, for moderators (departments get none). */
    @Transactional
    public List<ProposedIncident> proposals(Actor actor) {
        if (actor.isDepartment()) {
            return List.of();
        }
        List<NewIncidentSuggestions.Proposal> groups = grouping.proposals();
        Map<Long, Double> probability = new HashMap<>();
        groups.forEach(g -> g.caseIds().forEach(c -> probability.put(c, g.probability())));
        Map<Long, SuggestedCase> cases = new HashMap<>();
        casesOutsideIncidents(probability).forEach(c -> cases.put(c.caseId(), c));
        List<ProposedIncident> out = new ArrayList<>();
        for (NewIncidentSuggestions.Proposal g : groups) {
            List<SuggestedCase> members = g.caseIds().stream().map(cases::get).filter(Objects::nonNull)
                    .toList();
            if (members.size() >= 2) {
                out.add(new ProposedIncident(members, g.probability()));
            }
        }
        return out;
    }

    /** The open cases of these ids that no incident holds, each with its probability. */
    private List<SuggestedCase> casesOutsideIncidents(Map<Long, Double> probability) {
        if (probability.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.platform, c.district, c.neighborhood, c.created_at,
                       (select m.text from messages m where m.case_id = c.id and m.direction = 'IN'
                        order by m.created_at, m.id limit 1)
                from cases c where c.id in (:ids) and c.status not in ('CLOSED', 'REFERRED')
                and not exists (select 1 from incident_cases ic where ic.case_id = c.id)""")
                .setParameter("ids", probability.keySet()).getResultList();
        List<SuggestedCase> out = new ArrayList<>();
        for (Object[] r : rows) {
            long cid = ((Number) r[0]).longValue();
            out.add(new SuggestedCase(cid, CaseEntity.reference(cid), (String) r[1], (String) r[2], (String) r[3],
                    probability.get(cid), IncidentGrouping.instant(r[4]), (String) r[5]));
        }
        return out;
    }

    IncidentView view(Incident i) {
        Map<String, Long> byPlatform = counts("c.platform", i.id);
        Map<String, Long> byNeighborhood = counts("coalesce(c.neighborhood, c.district, 'bilinmiyor')", i.id);
        Object[] span = (Object[]) em.createNativeQuery("""
                select count(*), min(coalesce(m.first_at, c.created_at)), max(coalesce(c.last_message_at, c.created_at))
                from incident_cases ic join cases c on c.id = ic.case_id
                left join lateral (select min(created_at) first_at from messages where case_id = c.id and direction = 'IN') m
                    on true
                where ic.incident_id = ?1""").setParameter(1, i.id).getSingleResult();
        Department d = i.departmentId == null ? null : departments.byId(i.departmentId);
        return new IncidentView(i.id, i.kind, i.status, i.title, i.departmentId, d == null ? null : d.code,
                d == null ? null : d.name, i.district, i.neighborhood, ((Number) span[0]).longValue(), byPlatform,
                byNeighborhood, IncidentGrouping.instant(span[1]), IncidentGrouping.instant(span[2]), i.eta,
                i.publicText, i.plannedStart, i.plannedEnd, i.mergedInto, i.createdAt, i.confirmedAt, i.resolvedAt);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String expr, long id) {
        List<Object[]> rows = em.createNativeQuery("select " + expr + ", count(*) from incident_cases ic join cases c"
                + " on c.id = ic.case_id where ic.incident_id = ?1 group by 1 order by 2 desc, 1")
                .setParameter(1, id).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    Incident load(long id, Actor actor) {
        Incident i = Incident.findById(id);
        if (i == null || (actor.isDepartment() && !actor.departmentId().equals(i.departmentId))) {
            throw ApiException.notFound("Olay bulunamadı: " + id);
        }
        return i;
    }

    Incident loadForStaff(long id, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Olayları moderatörler ve yöneticiler yönetir; birimler yalnızca görüntüler");
        }
        return load(id, actor);
    }
}
