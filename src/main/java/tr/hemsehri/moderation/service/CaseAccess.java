package tr.hemsehri.moderation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.repository.CaseEntity;
import tr.hemsehri.moderation.repository.CaseRepository;
import tr.hemsehri.security.CurrentUser.Actor;

/**
 * Loads a case for an actor, enforcing department isolation: a department user gets 404 for any case not
 * forwarded to its department, so it cannot even learn that the case exists.
 */
@ApplicationScoped
public class CaseAccess {
    @Inject
    CaseRepository cases;

    public CaseEntity load(Long id, Actor actor) {
        CaseEntity c = cases.findById(id);
        if (c == null || !visible(c, actor)) {
            throw ApiException.notFound("Vaka bulunamadı: " + id);
        }
        return c;
    }

    public CaseEntity loadForUpdate(Long id, Actor actor) {
        CaseEntity c = cases.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !visible(c, actor)) {
            throw ApiException.notFound("Vaka bulunamadı: " + id);
        }
        return c;
    }

    public static boolean visible(CaseEntity c, Actor actor) {
        if (!actor.isDepartment()) {
            return true;
        }
        return actor.departmentId().equals(c.departmentId) && CaseStatus.DEPARTMENT_VISIBLE.contains(c.status);
    }
}
