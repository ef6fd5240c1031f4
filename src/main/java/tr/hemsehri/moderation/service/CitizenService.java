package tr.hemsehri.moderation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.audit.AuditService;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.model.CitizenProfile;
import tr.hemsehri.moderation.repository.CitizenRepository;
import tr.hemsehri.security.CurrentUser.Actor;

/**
 * "One person across platforms": a moderator links the citizen record of, say, an X author to the one of a
 * WhatsApp number. The other record is merged into this one (it points at it); its identities and cases stay
 * where they are and are shown under the group's root, so an unlink is exact.
 */
@ApplicationScoped
public class CitizenService {
    @Inject
    CitizenRepository citizens;
    @Inject
    AuditService audit;

    @Transactional
    public CitizenProfile profile(Long id, Actor actor) {
        moderatorOnly(actor);
        Object[] self = existing(id);
        Long root = citizens.root(id);
        List<Object[]> group = citizens.group(root);
        List<Long> ids = new ArrayList<>(group.size());
        List<CitizenProfile.Linked> linked = new ArrayList<>();
        for (Object[] r : group) {
            Long member = ((Number) r[0]).longValue();
            ids.add(member);
            if (!member.equals(root)) {
                linked.add(new CitizenProfile.Linked(member, citizens.displayName(member), ((Number) r[1]).longValue()));
            }
        }
        return new CitizenProfile(id, root, self[1] == null ? null : ((Number) self[1]).longValue(),
                citizens.displayName(root), linked, citizens.identities(ids), citizens.cases(ids));
    }

    /** Merges {@code otherId} into {@code id}. Linking what is already linked there changes nothing. */
    @Transactional
    public CitizenProfile link(Long id, Long otherId, Actor actor) {
        moderatorOnly(actor);
        requireOther(id, otherId, "kendisiyle birleştirilemez");
        citizens.lockLinks();
        existing(id);
        existing(otherId);
        Long current = citizens.mergedInto(otherId);
        if (id.equals(current)) {
            return profile(id, actor);
        }
        if (current != null) {
            throw ApiException.conflict("Vatandaş " + otherId + " zaten " + current
                    + " numaralı vatandaşa bağlı; önce o bağlantıyı kaldırın");
        }
        if (otherId.equals(citizens.root(id))) {
            throw ApiException.conflict("Vatandaş " + id + " zaten " + otherId
                    + " ile aynı kişi olarak bağlı; bağlantıyı ters yönde kurmak döngü oluşturur");
        }
        citizens.link(otherId, id);
        audit.record(actor.name(), "citizen", otherId, "link", mergedInto(null), mergedInto(id));
        return profile(id, actor);
    }

    /** Separates {@code otherId} from {@code id} again; whatever was linked to {@code otherId} stays with it. */
    @Transactional
    public CitizenProfile unlink(Long id, Long otherId, Actor actor) {
        moderatorOnly(actor);
        requireOther(id, otherId, "kendisinden ayrılamaz");
        citizens.lockLinks();
        existing(id);
        existing(otherId);
        if (!id.equals(citizens.mergedInto(otherId))) {
            throw ApiException.conflict("Vatandaş " + otherId + " bu vatandaşa (" + id + ") bağlı değil");
        }
        citizens.unlink(otherId);
        audit.record(actor.name(), "citizen", otherId, "unlink", mergedInto(id), mergedInto(null));
        return profile(id, actor);
    }

    /** The person behind a case: the root of its citizen's group. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CitizenProfile.Ref ofCase(Long citizenId) {
        if (citizenId == null) {
            return null;
        }
        Long root = citizens.root(citizenId);
        return root == null ? null : new CitizenProfile.Ref(root, citizens.displayName(root));
    }

    private Object[] existing(Long id) {
        Object[] row = citizens.find(id);
        if (row == null) {
            throw ApiException.notFound("Vatandaş bulunamadı: " + id);
        }
        return row;
    }

    private static void requireOther(Long id, Long otherId, String self) {
        if (otherId == null) {
            throw ApiException.badRequest("'otherId' zorunlu: bağlanacak vatandaşın numarası");
        }
        if (otherId.equals(id)) {
            throw ApiException.badRequest("Bir vatandaş " + self);
        }
    }

    private static void moderatorOnly(Actor actor) {
        if (actor.isDepartment()) {
            throw ApiException.forbidden("Vatandaş kayıtlarını yalnızca moderatörler görebilir ve bağlayabilir");
        }
    }

    private static Map<String, Object> mergedInto(Long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mergedInto", id);
        return m;
    }
}
