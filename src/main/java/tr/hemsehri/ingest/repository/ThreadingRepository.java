package tr.hemsehri.ingest.repository;

import static tr.hemsehri.ingest.repository.Jdbc.firstLong;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Which existing case a new message threads into, and the advisory locks that keep two batches from deciding it
 * at once. Runs on the caller's connection (see {@link IngestRepository#connection()}), inside its transaction.
 */
@ApplicationScoped
public class ThreadingRepository {
    /** Serialises threading decisions for one thread or author within this transaction. */
    public void lockThread(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, key);
            ps.execute();
        }
    }

    /** The open case holding the message this one answers: a reply joins the conversation it replies to. */
    public Long findOpenCaseByParent(Connection c, String platform, String parentExternalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select m.case_id from messages m join cases k on k.id = m.case_id
                where m.platform = ? and m.external_id = ?
                  and k.status not in ('RESOLVED', 'CLOSED', 'REFERRED')""")) {
            ps.setString(1, platform);
            ps.setString(2, parentExternalId);
            return firstLong(ps);
        }
    }

    /**
     * The open case of this thread by the same author. Different citizens commenting under one of our posts
     * share a platform thread but are different cases; they join only by replying to a message of the case.
     */
    public Long findOpenCaseByThread(Connection c, String platform, String threadKey, String authorId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select id from cases where platform = ? and thread_key = ? and author_id is not distinct from ?
                  and status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                order by id desc limit 1""")) {
            ps.setString(1, platform);
            ps.setString(2, threadKey);
            ps.setString(3, authorId);
            return firstLong(ps);
        }
    }

    public Long findOpenCaseByAuthor(Connection c, String platform, String authorId, Instant since)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select id from cases where platform = ? and author_id = ? and last_message_at >= ?
                  and status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                order by last_message_at desc limit 1""")) {
            ps.setString(1, platform);
            ps.setString(2, authorId);
            ps.setTimestamp(3, Timestamp.from(since));
            return firstLong(ps);
        }
    }

    /**
     * A resolved case of this author whose satisfaction question is still open: the citizen's next message is
     * their answer, not a new case.
     */
    public Long findCaseAwaitingAnswer(Connection c, String platform, String authorId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                select c.id from cases c
                join satisfaction_checks s on s.case_id = c.id and s.status = 'SENT'
                where c.platform = ? and c.status = 'RESOLVED' and c.author_id = ?
                order by s.sent_at desc limit 1""")) {
            ps.setString(1, platform);
            ps.setString(2, authorId);
            return firstLong(ps);
        }
    }

    /**
     * Takes all of a batch's thread and author locks in one round trip, in the order given (the caller sorts them,
     * so concurrent batches take their locks in one global order and cannot deadlock).
     */
    public void lockThreads(Connection c, List<String> sortedKeys) throws SQLException {
        if (sortedKeys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select pg_advisory_xact_lock(hashtextextended(u.k, 0))
                from unnest(?::text[]) with ordinality as u(k, n) order by u.n""")) {
            ps.setArray(1, c.createArrayOf("text", sortedKeys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // consume: one lock per row, in order
                }
            }
        }
    }

    /**
     * Which of the given keys could thread a message into an existing case: "T|platform|threadKey|author" (an open
     * case of the thread and author), "A|platform|author" (any open case of the author, whatever its age),
     * "W|platform|author" (a resolved case awaiting the author's satisfaction answer), "P|platform|externalId" (a
     * stored message of an open case). A message none of whose keys is returned opens a new case.
     */
    public java.util.Set<String> threadingHits(Connection c, List<String[]> threads, List<String[]> authors,
            List<String[]> parents) throws SQLException {
        java.util.Set<String> hits = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select 'T|' || c.platform || '|' || c.thread_key || '|' || coalesce(c.author_id, '')
                from unnest(?::text[], ?::text[]) as t(platform, k)
                join cases c on c.platform = t.platform and c.thread_key = t.k
                 and c.status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                union all
                select 'A|' || c.platform || '|' || c.author_id
                from unnest(?::text[], ?::text[]) as a(platform, author)
                join cases c on c.platform = a.platform and c.author_id = a.author
                 and c.status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                union all
                select 'W|' || c.platform || '|' || c.author_id
                from unnest(?::text[], ?::text[]) as a(platform, author)
                join cases c on c.platform = a.platform and c.author_id = a.author and c.status = 'RESOLVED'
                join satisfaction_checks s on s.case_id = c.id and s.status = 'SENT'
                union all
                select 'P|' || m.platform || '|' || m.external_id
                from unnest(?::text[], ?::text[]) as p(platform, ext)
                join messages m on m.platform = p.platform and m.external_id = p.ext
                join cases k on k.id = m.case_id and k.status not in ('RESOLVED', 'CLOSED', 'REFERRED')""")) {
            int i = 1;
            for (List<String[]> pairs : List.of(threads, authors, authors, parents)) {
                String[] a = new String[pairs.size()], b = new String[pairs.size()];
                for (int j = 0; j < a.length; j++) {
                    a[j] = pairs.get(j)[0];
                    b[j] = pairs.get(j)[1];
                }
                ps.setArray(i++, c.createArrayOf("text", a));
                ps.setArray(i++, c.createArrayOf("text", b));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(rs.getString(1));
                }
            }
        }
        return hits;
    }
}
