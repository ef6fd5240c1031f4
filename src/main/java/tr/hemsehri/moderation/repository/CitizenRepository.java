package tr.hemsehri.moderation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CitizenProfile;

/**
 * Citizens and their links. A group is a tree over {@code citizens.merged_into}; it is resolved when read, so
 * ingestion keeps attaching new cases to whichever record a platform identity belongs to.
 */
@ApplicationScoped
public class CitizenRepository {
    /** Links are rare and cheap; taking them one at a time makes a cycle through concurrent links impossible. */
    private static final long LINK_LOCK = 0x4853_4349_5449_5a4eL;
    /** Depth guard for the upward walk: the schema forbids cycles, this only bounds a corrupted row. */
    private static final int MAX_DEPTH = 1000;
    private static final int MAX_CASES = 200;

    @Inject
    EntityManager em;

    /** The citizen record as {id, merged_into, display_name}, or null when it does not exist. */
    public Object[] find(Long id) {
        List<?> rows = em.createNativeQuery("select id, merged_into, display_name from citizens where id = :id")
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    public Long mergedInto(Long id) {
        Object[] row = find(id);
        return row == null || row[1] == null ? null : ((Number) row[1]).longValue();
    }

    /** The root of the group this citizen belongs to. */
    public Long root(Long id) {
        List<?> rows = em.createNativeQuery("""
                with recursive up(id, merged_into, depth) as (
                    select id, merged_into, 0 from citizens where id = :id
                    union all
                    select c.id, c.merged_into, up.depth + 1 from citizens c join up on c.id = up.merged_into
                    where up.depth < :max)
                select id from up order by depth desc limit 1""")
                .setParameter("id", id).setParameter("max", MAX_DEPTH).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    /** The group's root and every record linked below it, root first. */
    public List<Object[]> group(Long root) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with recursive grp(id, depth) as (
                    select cast(:root as bigint), 0
                    union
                    select c.id, grp.depth + 1 from citizens c join grp on c.merged_into = grp.id
                    where grp.depth < :max)
                select c.id, c.merged_into, c.display_name from grp join citizens c on c.id = grp.id
                order by grp.depth, c.id""")
                .setParameter("root", root).setParameter("max", MAX_DEPTH).getResultList();
        return rows;
    }

    public List<CitizenProfile.Identity> identities(List<Long> citizenIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select citizen_id, platform, author_id, handle, display_name from citizen_identities
                where citizen_id in (:ids) order by created_at, id""")
                .setParameter("ids", citizenIds).getResultList();
        List<CitizenProfile.Identity> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new CitizenProfile.Identity(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4]));
        }
        return out;
    }

    /** The group's newest cases (at most 200: a profile is read by a person). */
    public List<CitizenProfile.CaseRef> cases(List<Long> citizenIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, citizen_id, status, platform, category, created_at from cases
                where citizen_id in (:ids) order by created_at desc, id desc limit :max""")
                .setParameter("ids", citizenIds).setParameter("max", MAX_CASES)
                .getResultList();
        List<CitizenProfile.CaseRef> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            out.add(new CitizenProfile.CaseRef(id, CaseEntity.reference(id), ((Number) r[1]).longValue(),
                    CaseStatus.valueOf((String) r[2]), (String) r[3], (String) r[4], CaseRepository.instant(r[5])));
        }
        return out;
    }

    /** A display name for a citizen record: its own, else the first identity's name or handle. */
    public String displayName(Long id) {
        List<?> rows = em.createNativeQuery("""
                select coalesce(c.display_name,
                       (select coalesce(i.display_name, i.handle) from citizen_identities i
                        where i.citizen_id = c.id order by i.created_at, i.id limit 1))
                from citizens c where c.id = :id""").setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Serialises link changes until the end of the transaction. */
    public void lockLinks() {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", LINK_LOCK).getSingleResult();
    }

    public void link(Long id, Long into) {
        em.createNativeQuery("update citizens set merged_into = :into where id = :id")
                .setParameter("into", into).setParameter("id", id).executeUpdate();
    }

    public void unlink(Long id) {
        em.createNativeQuery("update citizens set merged_into = null where id = :id").setParameter("id", id)
                .executeUpdate();
    }
}
