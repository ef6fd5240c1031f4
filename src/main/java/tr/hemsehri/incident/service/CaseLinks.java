package tr.hemsehri.incident.service;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.incident.model.Incident;
import tr.hemsehri.ingest.model.BatchStored;

/**
 * The database side of grouping inside the ingestion transaction, kept in that transaction's resources: the links
 * of its cases to their incidents, stored together at the end of the batch, and the incidents it read to answer
 * newcomers. Used by {@link IncidentGrouping} only.
 */
final class CaseLinks {
    /** Incidents this transaction joined that another transaction opened and has not committed. */
    static final Object AWAIT = new Object();
    private static final Object INCIDENTS = new Object();
    private static final Object LINKS = new Object();

    private final TransactionSynchronizationRegistry txRegistry;
    private final EntityManager em;

    CaseLinks(TransactionSynchronizationRegistry txRegistry, EntityManager em) {
        this.txRegistry = txRegistry;
        this.em = em;
    }

    /**
     * An incident as this transaction saw it first, read only to answer a newcomer (the incident has a public
     * status text): a batch of a hundred reports of one outage reads it once.
     */
    Incident incident(long id) {
        @SuppressWarnings("unchecked")
        Map<Long, Incident> seen = (Map<Long, Incident>) txRegistry.getResource(INCIDENTS);
        if (seen == null) {
            seen = new HashMap<>();
            txRegistry.putResource(INCIDENTS, seen);
        }
        Incident i = seen.get(id);
        if (i == null) {
            i = Incident.findById(id);
            if (i != null) {
                seen.put(id, i);
            }
        }
        return i;
    }

    private record Link(long caseId, long incidentId, String by, Float similarity) {
    }

    /** Links wait for the end of the batch ({@link BatchStored}) and go to the database in one statement. */
    void link(long caseId, long incidentId, String by, Float similarity) {
        @SuppressWarnings("unchecked")
        List<Link> links = (List<Link>) txRegistry.getResource(LINKS);
        if (links == null) {
            links = new ArrayList<>();
            txRegistry.putResource(LINKS, links);
        }
        links.add(new Link(caseId, incidentId, by, similarity));
    }

    @SuppressWarnings("unchecked")
    void flushLinks() {
        List<Link> links = (List<Link>) txRegistry.getResource(LINKS);
        if (links == null || links.isEmpty()) {
            return;
        }
        int n = links.size();
        Long[] cases = new Long[n], ids = new Long[n];
        String[] by = new String[n];
        Float[] sim = new Float[n];
        for (int k = 0; k < n; k++) {
            Link l = links.get(k);
            cases[k] = l.caseId();
            ids[k] = l.incidentId();
            by[k] = l.by();
            sim[k] = l.similarity();
        }
        links.clear();
        @SuppressWarnings("unchecked")
        List<Long> await = (List<Long>) txRegistry.getResource(AWAIT);
        List<Long> pending = await == null || await.isEmpty() ? List.of() : List.copyOf(await);
        if (await != null) {
            await.clear();
        }
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            if (!pending.isEmpty()) {
                PendingIncidents.await(c, pending);
            }
            // a case linked twice in one batch (pooled, then part of a spike) keeps its last link
            try (java.sql.PreparedStatement ps = c.prepareStatement("""
                    insert into incident_cases (case_id, incident_id, linked_by, similarity)
                    select distinct on (u.c) u.c, u.i, u.b, u.s
                    from unnest(?::bigint[], ?::bigint[], ?::text[], ?::real[]) with ordinality as u(c, i, b, s, n)
                    order by u.c, u.n desc
                    on conflict (case_id) do update set incident_id = excluded.incident_id,
                        linked_by = excluded.linked_by, similarity = excluded.similarity, linked_at = now()""")) {
                ps.setArray(1, c.createArrayOf("int8", cases));
                ps.setArray(2, c.createArrayOf("int8", ids));
                ps.setArray(3, c.createArrayOf("text", by));
                ps.setArray(4, c.createArrayOf("float4", sim));
                ps.executeUpdate();
            }
        });
    }
}
