package tr.hemsehri.ingest.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.nlp.Analysis;

/**
 * The ingestion hot path in plain SQL: insert-or-skip on the (platform, external_id) key, threading look-ups
 * and case creation. Runs on the JTA transaction's connection, so it commits together with the caller's work.
 */
@ApplicationScoped
public class IngestRepository {
    @Inject
    AgroalDataSource dataSource;

    /** Inserts the message unless the platform item is already stored; returns the new row id or null. */
    public Long insertMessage(Connection c, Long accountId, InboundMessage m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into messages (platform, external_id, account_id, thread_external_id, parent_external_id,
                    author_id, author_handle, author_name, text, direction, visibility, created_at, raw)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN', ?, ?, cast(? as jsonb))
                on conflict (platform, external_id) do nothing
                returning id""")) {
            ps.setString(1, m.platform().name());
            ps.setString(2, m.externalId());
            setLong(ps, 3, accountId);
            ps.setString(4, m.threadExternalId());
            ps.setString(5, m.parentExternalId());
            ps.setString(6, m.authorId());
            ps.setString(7, m.authorHandle());
            ps.setString(8, m.authorName());
            ps.setString(9, m.text());
            ps.setString(10, m.visibility().name());
            ps.setTimestamp(11, Timestamp.from(m.createdAt()));
            ps.setString(12, m.rawJson());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

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

    /** The citizen behind a platform author, created on first sight. */
    public Long citizenFor(Connection c, InboundMessage m) throws SQLException {
        if (m.authorId() == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select citizen_id from citizen_identities where platform = ? and author_id = ?")) {
            ps.setString(1, m.platform().name());
            ps.setString(2, m.authorId());
            Long existing = firstLong(ps);
            if (existing != null) {
                return existing;
            }
        }
        Long citizenId;
        try (PreparedStatement ps = c.prepareStatement("insert into citizens (display_name) values (?) returning id")) {
            ps.setString(1, m.authorName() != null ? m.authorName() : m.authorHandle());
            citizenId = firstLong(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into citizen_identities (citizen_id, platform, author_id, handle, display_name)
                values (?, ?, ?, ?, ?) on conflict (platform, author_id) do nothing""")) {
            ps.setLong(1, citizenId);
            ps.setString(2, m.platform().name());
            ps.setString(3, m.authorId());
            ps.setString(4, m.authorHandle());
            ps.setString(5, m.authorName());
            ps.executeUpdate();
        }
        return citizenId;
    }

    public long createCase(Connection c, Long accountId, InboundMessage m, Analysis a, Long departmentId,
            Long citizenId, int priority) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into cases (status, category, confidence, urgent, urgency_reason, priority, out_of_scope,
                    department_id, district, neighborhood, neighborhood_id, platform, account_id, thread_key,
                    citizen_id, author_id, last_message_at, message_count, created_at)
                values ('NEW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                returning id""")) {
            ps.setString(1, a.category() == null ? null : a.category().name());
            ps.setFloat(2, (float) a.confidence());
            ps.setBoolean(3, a.urgent());
            ps.setString(4, a.urgencyReason());
            ps.setInt(5, priority);
            ps.setString(6, a.outOfScope() == null ? null : a.outOfScope().institution());
            setLong(ps, 7, departmentId);
            ps.setString(8, a.district());
            ps.setString(9, a.neighborhood());
            setLong(ps, 10, a.neighborhoodId());
            ps.setString(11, m.platform().name());
            setLong(ps, 12, accountId);
            ps.setString(13, m.threadKey());
            setLong(ps, 14, citizenId);
            ps.setString(15, m.authorId());
            Timestamp at = Timestamp.from(m.createdAt());
            ps.setTimestamp(16, at);
            ps.setTimestamp(17, at);
            return firstLong(ps);
        }
    }

    /**
     * Adds a message to an existing case. A later urgent message makes the case urgent; location found in a
     * follow-up fills what the first message lacked.
     */
    public void joinCase(Connection c, long caseId, InboundMessage m, Analysis a, int priority) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update cases set message_count = message_count + 1,
                    last_message_at = greatest(last_message_at, ?),
                    urgent = urgent or ?,
                    urgency_reason = coalesce(urgency_reason, ?),
                    priority = greatest(priority, ?),
                    district = coalesce(district, ?),
                    neighborhood = case when district is null or district = ? then coalesce(neighborhood, ?)
                                        else neighborhood end,
                    neighborhood_id = case when district is null or district = ? then coalesce(neighborhood_id, ?)
                                           else neighborhood_id end,
                    updated_at = now(),
                    version = version + 1
                where id = ?""")) {
            ps.setTimestamp(1, Timestamp.from(m.createdAt()));
            ps.setBoolean(2, a.urgent());
            ps.setString(3, a.urgent() ? a.urgencyReason() : null);
            ps.setInt(4, priority);
            ps.setString(5, a.district());
            ps.setString(6, a.district());
            ps.setString(7, a.neighborhood());
            ps.setString(8, a.district());
            setLong(ps, 9, a.neighborhoodId());
            ps.setLong(10, caseId);
            ps.executeUpdate();
        }
    }

    public void attachMessage(Connection c, long messageId, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update messages set case_id = ? where id = ?")) {
            ps.setLong(1, caseId);
            ps.setLong(2, messageId);
            ps.executeUpdate();
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static Long firstLong(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
