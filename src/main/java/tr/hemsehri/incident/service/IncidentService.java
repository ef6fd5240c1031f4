package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.incident.IncidentsConfig;
import tr.hemsehri.incident.grouping.Report;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.incident.model.IncidentDtos.CaseIds;
import tr.hemsehri.incident.model.IncidentDtos.IncidentDetail;
import tr.hemsehri.incident.model.IncidentDtos.IncidentView;
import tr.hemsehri.incident.model.IncidentDtos.LinkedCase;
import tr.hemsehri.incident.model.IncidentDtos.PatchRequest;
import tr.hemsehri.incident.model.IncidentDtos.PlannedRequest;
import tr.hemsehri.incident.model.IncidentDtos.UpdateRequest;
import tr.hemsehri.incident.model.IncidentDtos.UpdateResult;
import tr.hemsehri.incident.model.IncidentDtos.UpdateView;
import tr.hemsehri.incident.model.IncidentUpdate;
import tr.hemsehri.ingest.repository.Message;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.service.CaseWorkflow;
import tr.hemsehri.workflow.service.ReplyService;
import tr.hemsehri.workflow.service.SatisfactionService;
import tr.hemsehri.workflow.service.SlaPolicy;
import tr.hemsehri.workflow.service.TemplateService;

/**
 * Incidents for staff: the view (reports by platform and neighbourhood, first and last report, department,
 * status, ETA), confirming or dismissing a suggestion, linking, unlinking, merging and splitting by hand,
 * planned interruptions, and the status update that answers every linked citizen through the outbox while their
 * cases follow the incident's status through legal transitions.
 */
@ApplicationScoped
public class IncidentService {
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd.MM HH:mm", Locale.forLanguageTag("tr"));

    @Inject
    EntityManager em;
    @Inject
    DepartmentService departments;
    @Inject
    CaseWorkflow workflow;
    @Inject
    ReplyService replies;
    @Inject
    SatisfactionService satisfaction;
    @Inject
    TemplateService templates;
    @Inject
    SlaPolicy sla;
    @Inject
    AuditService audit;
    @Inject
    IncidentsConfig config;

    // ---- grouping (ingestion transaction)

    @Transactional(Transactional.TxType.MANDATORY)
    public Incident createSuggested(Report r, Long departmentId, Long neighborhoodId) {
        return createSuggested(r, departmentId, neighborhoodId, null);
    }

    /** Prefix of a named structure passed as {@code line} to {@link #createSuggested(Report, Long, Long, String)}. */
    public static final String STRUCTURE = "structure:";

    /**
     * {@code line}: the transport line the incident is about (it spans districts: no neighbourhood), or
     * {@link #STRUCTURE} + the named structure ("structure:altgecit:halkapinar"), or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident createSuggested(Report r, Long departmentId, Long neighborhoodId, String line) {
        Incident i = new Incident();
        i.kind = "DETECTED";
        i.status = Incident.SUGGESTED;
        i.departmentId = departmentId;
        i.district = r.district();
        i.neighborhood = line == null ? r.neighborhood() : null;
        i.neighborhoodId = line == null ? neighborhoodId : null;
        i.title = line == null ? title(departmentId, r.district(), r.neighborhood())
                : line.startsWith(STRUCTURE) ? structureTitle(departmentId, r, line.substring(STRUCTURE.length()))
                : lineTitle(departmentId, line);
        i.createdBy = "system";
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        i.persist();
        return i;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertLink(long caseId, long incidentId, String by, Float similarity) {
        em.createNativeQuery("""
                insert into incident_cases (case_id, incident_id, linked_by, similarity) values (?1, ?2, ?3, ?4)
                on conflict (case_id) do update set incident_id = excluded.incident_id, linked_by = excluded.linked_by,
                    similarity = excluded.similarity, linked_at = now()""")
                .setParameter(1, caseId).setParameter(2, incidentId).setParameter(3, by)
                .setParameter(4, similarity).executeUpdate();
    }

    /** A citizen wrote after an update (or during a planned interruption): the current status at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerNewcomer(Incident i, long caseId) {
        if (i.publicText == null || !(Incident.OPEN.equals(i.status) || Incident.IN_PROGRESS.equals(i.status))) {
            return;
        }
        CaseEntity c = CaseEntity.findById(caseId);
        if (c == null) {
            return;
        }
        if (Incident.IN_PROGRESS.equals(i.status)) {
            follow(c, i, Incident.IN_PROGRESS, i.publicText, Actor.system());
        }
        send(c, i, i.publicText);
        em.flush();
        em.detach(c); // ingestion may update this case with plain JDBC later in the same transaction
    }

    // ---- reading

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

    private Incident loadForStaff(long id, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Olayları moderatörler ve yöneticiler yönetir; birimler yalnızca görüntüler");
        }
        return load(id, actor);
    }

    // ---- moderator actions

    @Transactional
    public IncidentView confirm(long id, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (!Incident.SUGGESTED.equals(i.status)) {
            throw ApiException.conflict("Yalnızca önerilen olaylar onaylanır (durum: " + i.status + ")");
        }
        i.status = Incident.OPEN;
        i.confirmedAt = Instant.now();
        touch(i, actor, "confirm");
        return view(i);
    }

    /** Not an incident after all: the reports are released and stay ordinary cases. */
    @Transactional
    public IncidentView dismiss(long id, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (!Incident.SUGGESTED.equals(i.status) && !Incident.OPEN.equals(i.status)) {
            throw ApiException.conflict("Yalnızca önerilen ya da açık olaylar reddedilir (durum: " + i.status + ")");
        }
        em.createNativeQuery("delete from incident_cases where incident_id = ?1").setParameter(1, id).executeUpdate();
        i.status = Incident.DISMISSED;
        touch(i, actor, "dismiss");
        return view(i);
    }

    @Transactional
    public IncidentView patch(long id, PatchRequest req, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (req == null) {
            throw ApiException.badRequest("İstek gövdesi boş");
        }
        if (req.title() != null) {
            i.title = req.title().strip();
        }
        if (req.eta() != null) {
            i.eta = req.eta();
        }
        if (req.department() != null) {
            Long d = departments.idOf(req.department());
            if (d == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + req.department());
            }
            i.departmentId = d;
        }
        touch(i, actor, "patch");
        return view(i);
    }

    @Transactional
    public IncidentView link(long id, List<Long> caseIds, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (!i.isOpen()) {
            throw ApiException.conflict("Kapalı olaya vaka bağlanamaz (durum: " + i.status + ")");
        }
        if (caseIds == null || caseIds.isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        for (Long cid : caseIds) {
            CaseEntity c = CaseEntity.findById(cid);
            if (c == null) {
                throw ApiException.notFound("Vaka bulunamadı: " + cid);
            }
            insertLink(cid, id, "MANUAL", null);
        }
        touch(i, actor, "link " + caseIds);
        return view(i);
    }

    @Transactional
    public IncidentView unlink(long id, long caseId, Actor actor) {
        Incident i = loadForStaff(id, actor);
        int n = em.createNativeQuery("delete from incident_cases where incident_id = ?1 and case_id = ?2")
                .setParameter(1, id).setParameter(2, caseId).executeUpdate();
        if (n == 0) {
            throw ApiException.notFound("Vaka bu olaya bağlı değil: " + caseId);
        }
        touch(i, actor, "unlink " + caseId);
        return view(i);
    }

    /** Moves every report of {@code otherId} into {@code id}; the other incident becomes MERGED. */
    @Transactional
    public IncidentView merge(long id, Long otherId, Actor actor) {
        if (otherId == null || otherId == id) {
            throw ApiException.badRequest("'otherId' başka bir olay olmalı");
        }
        Incident i = loadForStaff(id, actor);
        Incident other = loadForStaff(otherId, actor);
        if (!i.isOpen() || !other.isOpen()) {
            throw ApiException.conflict("Yalnızca açık olaylar birleştirilir");
        }
        em.createNativeQuery("update incident_cases set incident_id = ?1, linked_by = 'MANUAL' where incident_id = ?2")
                .setParameter(1, id).setParameter(2, otherId).executeUpdate();
        other.status = Incident.MERGED;
        other.mergedInto = id;
        if (Incident.SUGGESTED.equals(i.status)) {
            i.status = Incident.OPEN;
            i.confirmedAt = Instant.now();
        }
        touch(other, actor, "merged into " + id);
        touch(i, actor, "merge " + otherId);
        return view(i);
    }

    /** Takes some reports out of an incident into a new one (two problems grouped together by mistake). */
    @Transactional
    public IncidentView split(long id, CaseIds req, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (req == null || req.caseIds() == null || req.caseIds().isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        Incident n = manual(req.caseIds(), req.title(), actor, i);
        touch(i, actor, "split " + req.caseIds() + " to " + n.id);
        return view(n);
    }

    /** A moderator groups cases by hand. */
    @Transactional
    public IncidentView create(CaseIds req, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Olayları moderatörler ve yöneticiler yönetir");
        }
        if (req == null || req.caseIds() == null || req.caseIds().isEmpty()) {
            throw ApiException.badRequest("'caseIds' gerekli");
        }
        return view(manual(req.caseIds(), req.title(), actor, null));
    }

    private Incident manual(List<Long> caseIds, String title, Actor actor, Incident from) {
        CaseEntity first = CaseEntity.findById(caseIds.get(0));
        if (first == null) {
            throw ApiException.notFound("Vaka bulunamadı: " + caseIds.get(0));
        }
        Incident n = new Incident();
        n.kind = "MANUAL";
        n.status = Incident.OPEN;
        n.departmentId = first.departmentId;
        n.district = first.district;
        n.neighborhood = first.neighborhood;
        n.neighborhoodId = first.neighborhoodId;
        n.title = title != null && !title.isBlank() ? title.strip() : title(n.departmentId, n.district, n.neighborhood);
        n.createdBy = actor.name();
        n.createdAt = Instant.now();
        n.updatedAt = n.createdAt;
        n.confirmedAt = n.createdAt;
        n.persist();
        for (Long cid : caseIds) {
            if (CaseEntity.findById(cid) == null) {
                throw ApiException.notFound("Vaka bulunamadı: " + cid);
            }
            if (from != null && em.createNativeQuery("select 1 from incident_cases where case_id = ?1 and incident_id = ?2")
                    .setParameter(1, cid).setParameter(2, from.id).getResultList().isEmpty()) {
                throw ApiException.badRequest("Vaka bu olaya bağlı değil: " + cid);
            }
            insertLink(cid, n.id, "MANUAL", null);
        }
        audit.record(actor.name(), "incident", n.id, "create", null, Map.of("cases", caseIds.toString()));
        return n;
    }

    /** Staff announce a planned interruption; matching reports are grouped under it and get the announcement. */
    @Transactional
    public IncidentView planned(PlannedRequest req, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Planlı kesintiyi moderatörler ve yöneticiler duyurur");
        }
        if (req == null || req.district() == null || req.district().isBlank() || req.start() == null
                || req.end() == null || req.announcement() == null || req.announcement().isBlank()) {
            throw ApiException.badRequest("'district', 'start', 'end' ve 'announcement' gerekli");
        }
        if (!req.end().isAfter(req.start())) {
            throw ApiException.badRequest("'end', 'start' sonrasında olmalı");
        }
        checkLength(req.announcement());
        Long dept = null;
        if (req.department() != null) {
            dept = departments.idOf(req.department());
            if (dept == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + req.department());
            }
        }
        Incident i = new Incident();
        i.kind = "PLANNED";
        i.status = Incident.OPEN;
        i.departmentId = dept;
        i.district = req.district().strip();
        i.neighborhood = req.neighborhood() == null || req.neighborhood().isBlank() ? null : req.neighborhood().strip();
        i.plannedStart = req.start();
        i.plannedEnd = req.end();
        i.eta = req.end();
        i.publicText = req.announcement().strip();
        i.title = req.title() != null && !req.title().isBlank() ? req.title().strip()
                : "Planlı kesinti: " + title(dept, i.district, i.neighborhood);
        i.createdBy = actor.name();
        i.createdAt = Instant.now();
        i.updatedAt = i.createdAt;
        i.confirmedAt = i.createdAt;
        i.persist();
        audit.record(actor.name(), "incident", i.id, "planned", null, Map.of("district", i.district));
        return view(i);
    }

    /**
     * One update answers all: the text goes to every linked citizen through their own channel (outbox), each case
     * follows the incident's new status, and RESOLVED resolves the cases and schedules their satisfaction checks.
     */
    @Transactional
    public UpdateResult update(long id, UpdateRequest req, Actor actor) {
        Incident i = loadForStaff(id, actor);
        if (req == null || req.text() == null || req.text().isBlank()) {
            throw ApiException.badRequest("'text' gerekli");
        }
        String text = req.text().strip();
        checkLength(text);
        String to = req.status() == null || req.status().isBlank() ? Incident.IN_PROGRESS
                : req.status().trim().toUpperCase(Locale.ROOT);
        if (!to.equals(Incident.IN_PROGRESS) && !to.equals(Incident.RESOLVED)) {
            throw ApiException.badRequest("'status' IN_PROGRESS ya da RESOLVED olmalı: " + req.status());
        }
        if (!i.isOpen()) {
            throw ApiException.conflict("Olay kapalı (durum: " + i.status + ")");
        }
        if (req.eta() != null) {
            i.eta = req.eta();
        }
        if (i.confirmedAt == null) {
            i.confirmedAt = Instant.now();
        }
        i.status = to;
        i.publicText = text;
        if (to.equals(Incident.RESOLVED)) {
            i.resolvedAt = Instant.now();
        }
        // An outage has hundreds of reports: the cases and "who wrote publicly" in one query each, not per case.
        @SuppressWarnings("unchecked")
        List<Long> caseIds = ((List<Number>) em.createNativeQuery("select case_id from incident_cases where incident_id = ?1")
                .setParameter(1, id).getResultList()).stream().map(Number::longValue).toList();
        List<CaseEntity> linked = caseIds.isEmpty() ? List.of() : CaseEntity.list("id in ?1 order by id", caseIds);
        @SuppressWarnings("unchecked")
        List<Number> publicRows = em.createNativeQuery("""
                select distinct m.case_id from messages m join incident_cases ic on ic.case_id = m.case_id
                where ic.incident_id = ?1 and m.direction = 'IN' and m.visibility = 'PUBLIC'""")
                .setParameter(1, id).getResultList();
        java.util.Set<Long> wrotePublicly = new java.util.HashSet<>();
        publicRows.forEach(n -> wrotePublicly.add(n.longValue()));
        int sent = 0;
        for (CaseEntity c : linked) {
            if (c.status == CaseStatus.CLOSED || c.status == CaseStatus.REFERRED) {
                continue;
            }
            follow(c, i, to, text, actor);
            send(c, i, text, !"WHATSAPP".equals(c.platform) && wrotePublicly.contains(c.id) ? "PUBLIC" : "PRIVATE");
            sent++;
        }
        IncidentUpdate u = new IncidentUpdate();
        u.incidentId = id;
        u.status = to;
        u.text = text;
        u.eta = i.eta;
        u.actor = actor.name();
        u.recipients = sent;
        u.createdAt = Instant.now();
        u.persist();
        touch(i, actor, "update " + to);
        return new UpdateResult(id, to, sent);
    }

    /** Moves a case towards the incident's status through legal transitions only. */
    void follow(CaseEntity c, Incident i, String to, String text, Actor actor) {
        Instant now = Instant.now();
        String note = "Olay #" + i.id + ": " + text;
        if (c.status == CaseStatus.NEW || c.status == CaseStatus.TRIAGED) {
            if (c.departmentId == null) {
                c.departmentId = i.departmentId;
            }
            workflow.move(c, CaseStatus.FORWARDED, actor, note);
            c.forwardedAt = now;
            c.dueAt = sla.dueFrom(c, now);
        }
        if (to.equals(Incident.IN_PROGRESS) && (c.status == CaseStatus.FORWARDED || c.status == CaseStatus.REOPENED)) {
            workflow.move(c, CaseStatus.IN_PROGRESS, actor, note);
            c.acceptedAt = now;
        }
        if (to.equals(Incident.RESOLVED) && (c.status == CaseStatus.FORWARDED || c.status == CaseStatus.IN_PROGRESS
                || c.status == CaseStatus.REOPENED)) {
            workflow.move(c, CaseStatus.RESOLVED, actor, note);
            c.resolution = text;
            c.resolvedAt = now;
            satisfaction.schedule(c);
        }
    }

    /** Public in the citizen's thread, private for WhatsApp and for cases that only wrote privately. */
    void send(CaseEntity c, Incident i, String update) {
        String visibility = "WHATSAPP".equals(c.platform)
                || Message.count("caseId = ?1 and direction = 'IN' and visibility = 'PUBLIC'", c.id) == 0
                ? "PRIVATE" : "PUBLIC";
        send(c, i, update, visibility);
    }

    private void send(CaseEntity c, Incident i, String update, String visibility) {
        Map<String, String> vars = new HashMap<>(workflow.variables(c));
        vars.put("update", update);
        vars.put("eta", i.eta == null ? "" : "Tahmini bitiş: " + HOUR.format(i.eta.atZone(TR)) + ".");
        replies.system(c, "INCIDENT_UPDATE", visibility, templates.render("incident.update", vars));
    }

    private void checkLength(String text) {
        if (text.length() > config.maxUpdateLength()) {
            throw ApiException.badRequest("Güncelleme metni en fazla " + config.maxUpdateLength()
                    + " karakter olabilir (X sınırı)");
        }
    }

    private void touch(Incident i, Actor actor, String what) {
        i.updatedAt = Instant.now();
        audit.record(actor.name(), "incident", i.id, what, null, Map.of("status", i.status));
    }

    /** "Ulaşım — 202 hattı", "Ulaşım — Metro hattı". */
    String lineTitle(Long departmentId, String line) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        String name = switch (line) {
            case "metro" -> "Metro";
            case "tram" -> "Tramvay";
            case "izban" -> "İZBAN";
            case "ferry" -> "Vapur";
            case "marmaray" -> "Marmaray";
            case "metrobus" -> "Metrobüs";
            default -> line.startsWith("bus:") ? line.substring(4) : line;
        };
        return (d == null ? "Olay" : d.name) + " — " + name + " hattı";
    }

    /** "Su ve Kanalizasyon — Halkapınar alt geçidi" (the name as the report wrote it is not kept: folded). */
    String structureTitle(Long departmentId, Report r, String structure) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        int colon = structure.indexOf(':');
        String kind = switch (structure.substring(0, colon)) {
            case "altgecit" -> "alt geçidi";
            case "ustgecit" -> "üst geçidi";
            case "kopru" -> "köprüsü";
            case "kavsak" -> "kavşağı";
            case "iskele" -> "iskelesi";
            case "istasyon" -> "istasyonu";
            case "yer" -> "";
            default -> "tüneli";
        };
        String name = structure.substring(colon + 1);
        if (name.indexOf('/') >= 0) {
            name = name.substring(name.indexOf('/') + 1); // unnamed: "district/mahalle" keys, titled by the mahalle
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String where = r.district() == null ? "" : " (" + r.district() + ")";
        return (d == null ? "Olay" : d.name) + " — " + (name + " " + kind).trim() + where;
    }

    String title(Long departmentId, String district, String neighborhood) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        String place = neighborhood != null ? district + " / " + neighborhood : district;
        return (d == null ? "Olay" : d.name) + " — " + place;
    }
}
