package tr.hemsehri.moderation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.ingest.repository.Message;
import tr.hemsehri.ingest.repository.MessageRepository;
import tr.hemsehri.moderation.model.CaseDetail;
import tr.hemsehri.moderation.model.ClassificationChange;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.CaseRepository;
import tr.hemsehri.moderation.repository.ClassificationCorrection;
import tr.hemsehri.moderation.repository.CorrectionRepository;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.security.UserRepository;

/** Reading one case and correcting its classification. */
@ApplicationScoped
public class CaseService {
    @Inject
    CaseAccess access;
    @Inject
    CaseRepository cases;
    @Inject
    MessageRepository messages;
    @Inject
    CorrectionRepository corrections;
    @Inject
    DepartmentService departments;
    @Inject
    UserRepository users;
    @Inject
    AuditService audit;
    @Inject
    CitizenService citizens;

    @Transactional
    public tr.hemsehri.moderation.model.CaseSummary summary(Long id, Actor actor) {
        access.load(id, actor);
        return cases.summary(id);
    }

    @Transactional
    public CaseDetail detail(Long id, Actor actor) {
        CaseEntity theCase = access.load(id, actor);
        List<CaseDetail.TimelineItem> timeline = messages.listByCase(id).stream()
                .map(m -> new CaseDetail.TimelineItem(m.id, m.platform, m.externalId, m.direction, m.visibility,
                        m.authorHandle, m.authorName, m.text, m.createdAt, m.parentExternalId))
                .toList();
        List<CaseDetail.Correction> fixes = corrections.listByCase(id).stream()
                .map(c -> new CaseDetail.Correction(c.field, c.oldValue, c.newValue,
                        c.userId == null ? null : users.findByIdOptional(c.userId).map(u -> u.username).orElse(null),
                        c.createdAt))
                .toList();
        return new CaseDetail(cases.summary(id), timeline, fixes, citizens.ofCase(theCase.citizenId));
    }

    /**
     * Applies a moderator's override. Each changed field is stored as a correction (the NLP stage's training
     * signal) and the whole change is audited.
     */
    @Transactional
    public CaseDetail reclassify(Long id, ClassificationChange change, Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Sınıflandırmayı yalnızca moderatörler değiştirebilir");
        }
        CaseEntity c = access.loadForUpdate(id, actor);
        Message first = messages.firstInbound(id);
        String text = first == null ? "" : first.text;
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();

        if (change.category() != null && change.category() != c.category) {
            correct(c, "category", str(c.category), change.category().name(), text, actor, before, after);
            c.category = change.category();
        }
        if (change.department() != null) {
            Department d = departments.byCode(change.department());
            if (d == null) {
                throw ApiException.badRequest("Bilinmeyen birim: " + change.department());
            }
            if (!d.id.equals(c.departmentId)) {
                Department old = departments.byId(c.departmentId);
                correct(c, "department", old == null ? null : old.code, d.code, text, actor, before, after);
                c.departmentId = d.id;
            }
        }
        if (change.urgent() != null && change.urgent() != c.urgent) {
            correct(c, "urgent", String.valueOf(c.urgent), String.valueOf(change.urgent()), text, actor, before, after);
            c.urgent = change.urgent();
        }
        if (change.district() != null) {
            String district = blankToNull(change.district());
            if (!Objects.equals(district, c.district)) {
                correct(c, "district", c.district, district, text, actor, before, after);
                c.district = district;
            }
        }
        if (change.neighborhood() != null) {
            String neighborhood = blankToNull(change.neighborhood());
            if (!Objects.equals(neighborhood, c.neighborhood)) {
                correct(c, "neighborhood", c.neighborhood, neighborhood, text, actor, before, after);
                c.neighborhood = neighborhood;
                c.neighborhoodId = neighborhood == null ? null : change.neighborhoodId();
            }
        }
        if (!after.isEmpty()) {
            c.updatedAt = Instant.now();
            audit.record(actor.name(), "case", id, "reclassify", before, after);
        }
        return detail(id, actor);
    }

    private void correct(CaseEntity c, String field, String oldValue, String newValue, String text, Actor actor,
            Map<String, Object> before, Map<String, Object> after) {
        ClassificationCorrection fix = new ClassificationCorrection();
        fix.caseId = c.id;
        fix.field = field;
        fix.oldValue = oldValue;
        fix.newValue = newValue;
        fix.text = text;
        fix.userId = actor.userId();
        fix.createdAt = Instant.now();
        corrections.persist(fix);
        before.put(field, oldValue);
        after.put(field, newValue);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
