package tr.hemsehri.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.ingest.repository.ThreadingRepository;

/**
 * Decides, before anything is placed, which messages of a batch may take the bulk paths of
 * {@link IngestionService}, and takes the batch's thread locks.
 */
@ApplicationScoped
class BatchPlanner {
    @Inject
    ThreadingRepository threading;

    /**
     * How each stored message of a batch is placed. {@code fast}: none of its threading keys exists in the database
     * and no earlier message of the batch shares its thread, author or parent (nor is its parent), so it certainly
     * opens a new case. {@code join}: some key exists in the database but no earlier message of the batch shares
     * one, so the batch cannot change which case it joins and the bulk look-up may place it. The rest take the
     * one-message path in batch order.
     */
    record Paths(boolean[] fast, boolean[] join) {
    }

    Paths paths(Connection c, List<InboundMessage> batch, Long[] messageIds) throws SQLException {
        boolean[] fast = new boolean[batch.size()];
        boolean[] join = new boolean[batch.size()];
        List<String[]> threads = new ArrayList<>();
        List<String[]> authors = new ArrayList<>();
        List<String[]> parents = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            InboundMessage m = batch.get(i);
            if (messageIds[i] == null) {
                continue;
            }
            String p = m.platform().name();
            threads.add(new String[] {p, m.threadKey()});
            if (m.authorId() != null) {
                authors.add(new String[] {p, m.authorId()});
            }
            if (m.parentExternalId() != null) {
                parents.add(new String[] {p, m.parentExternalId()});
            }
        }
        if (threads.isEmpty()) {
            return new Paths(fast, join);
        }
        java.util.Set<String> hits = threading.threadingHits(c, threads, authors, parents);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            InboundMessage m = batch.get(i);
            if (messageIds[i] == null) {
                continue;
            }
            String p = m.platform().name();
            String thread = "t|" + p + '|' + m.threadKey();
            String author = m.authorId() == null ? null : "a|" + p + '|' + m.authorId();
            String parent = m.parentExternalId() == null ? null : "e|" + p + '|' + m.parentExternalId();
            boolean inBatch = seen.contains(thread) || (author != null && seen.contains(author))
                    || (parent != null && seen.contains(parent));
            boolean inDatabase = hits.contains("T|" + p + '|' + m.threadKey() + '|' + (m.authorId() == null ? "" : m.authorId()))
                    || (author != null && (hits.contains("A|" + p + '|' + m.authorId())
                            || hits.contains("W|" + p + '|' + m.authorId())))
                    || (parent != null && hits.contains("P|" + p + '|' + m.parentExternalId()));
            fast[i] = !inBatch && !inDatabase;
            join[i] = !inBatch && inDatabase;
            seen.add(thread);
            if (author != null) {
                seen.add(author);
            }
            seen.add("e|" + p + '|' + m.externalId());
        }
        return new Paths(fast, join);
    }

    /**
     * Threading must not open two cases for one thread when two batches carry it at once. All of a batch's
     * thread and author locks are taken up front in one global order, so concurrent batches cannot deadlock.
     */
    void lockThreads(Connection c, List<InboundMessage> batch) throws SQLException {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (InboundMessage m : batch) {
            keys.add(m.platform().name() + "|t|" + m.threadKey());
            if (m.authorId() != null) {
                keys.add(m.platform().name() + "|a|" + m.authorId());
            }
        }
        threading.lockThreads(c, new ArrayList<>(keys));
    }
}
