package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.incident.IncidentsConfig;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.incident.model.IncidentDtos.UpdateRequest;
import tr.hemsehri.incident.model.IncidentDtos.UpdateResult;
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
 * The status update that answers every linked citizen through the outbox while their cases follow the
 * incident's status through legal transitions, and the answer a citizen gets on writing after an update.
 */
@ApplicationScoped
public class IncidentBroadcast {
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd.MM HH:mm", Locale.forLanguageTag("tr"));

    @Inject
    EntityManager em;
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
    IncidentsConfig config;
    @Inject
    IncidentReads reads;
    @Inject
    IncidentService incidents;

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

    /**
     * One update answers all: the text goes to every linked citizen through their own channel (outbox), each case
     * follows the incident's new status, and RESOLVED resolves the cases and schedules their satisfaction checks.
     */
    @Transactional
    public UpdateResult update(long id, UpdateRequest req, Actor actor) {
        Incident i = reads.loadForStaff(id, actor);
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
        incidents.touch(i, actor, "update " + to);
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

    void checkLength(String text) {
        if (text.length() > config.maxUpdateLength()) {
            throw ApiException.badRequest("Güncelleme metni en fazla " + config.maxUpdateLength()
                    + " karakter olabilir (X sınırı)");
        }
    }
}
