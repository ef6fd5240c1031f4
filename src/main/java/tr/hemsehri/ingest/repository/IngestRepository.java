package tr.hemsehri.ingest.repository;

import static tr.hemsehri.ingest.repository.Jdbc.setLong;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;

/**
 * The ingestion hot path's messages in plain SQL: insert-or-skip on the (platform, external_id) key, and attaching
 * them to their cases. Hands out the JTA transaction's connection, on which this and the other ingest repositories
 * ({@link ThreadingRepository}, {@link CitizenIdentityRepository}, {@link NewCaseRepository},
 * {@link CaseJoinRepository}) run, so they commit together with the caller's work.
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

    public void attachMessage(Connection c, long messageId, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update messages set case_id = ? where id = ?")) {
            ps.setLong(1, caseId);
            ps.setLong(2, messageId);
            ps.executeUpdate();
        }
    }

    /**
     * Inserts a batch's messages in one statement, skipping platform items already stored (and repeats within the
     * batch). Returns the new row id per batch position, null for a duplicate; the first of repeats is stored.
     */
    public Long[] insertMessages(Connection c, Long accountId, List<InboundMessage> batch) throws SQLException {
        int n = batch.size();
        String[] platform = new String[n], ext = new String[n], thread = new String[n], parent = new String[n],
                author = new String[n], handle = new String[n], name = new String[n], text = new String[n],
                visibility = new String[n], raw = new String[n];
        Timestamp[] created = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            InboundMessage m = batch.get(i);
            platform[i] = m.platform().name();
            ext[i] = m.externalId();
            thread[i] = m.threadExternalId();
            parent[i] = m.parentExternalId();
            author[i] = m.authorId();
            handle[i] = m.authorHandle();
            name[i] = m.authorName();
            text[i] = m.text();
            visibility[i] = m.visibility().name();
            created[i] = Timestamp.from(m.createdAt());
            raw[i] = m.rawJson();
        }
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into messages (platform, external_id, account_id, thread_external_id, parent_external_id,
                    author_id, author_handle, author_name, text, direction, visibility, created_at, raw)
                select u.platform, u.ext, ?, u.thread, u.parent, u.author, u.handle, u.name, u.text, 'IN', u.visibility,
                       u.created, cast(u.raw as jsonb)
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::timestamptz[], ?::text[])
                     with ordinality as u(platform, ext, thread, parent, author, handle, name, text, visibility, created,
                                          raw, n)
                order by u.n
                on conflict (platform, external_id) do nothing
                returning id, platform, external_id""")) {
            setLong(ps, 1, accountId);
            Object[][] cols = {platform, ext, thread, parent, author, handle, name, text, visibility};
            int p = 2;
            for (Object[] col : cols) {
                ps.setArray(p++, c.createArrayOf("text", col));
            }
            ps.setArray(p++, c.createArrayOf("timestamptz", created));
            ps.setArray(p, c.createArrayOf("text", raw));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2) + '|' + rs.getString(3), rs.getLong(1));
                }
            }
        }
        Long[] out = new Long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ids.remove(platform[i] + '|' + ext[i]);
        }
        return out;
    }

    /** Attaches messages to cases in one statement. */
    public void attachMessages(Connection c, long[] messageIds, long[] caseIds) throws SQLException {
        if (messageIds.length == 0) {
            return;
        }
        Long[] m = new Long[messageIds.length], k = new Long[caseIds.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = messageIds[i];
            k[i] = caseIds[i];
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update messages set case_id = u.k from unnest(?::bigint[], ?::bigint[]) as u(m, k)
                where messages.id = u.m""")) {
            ps.setArray(1, c.createArrayOf("int8", m));
            ps.setArray(2, c.createArrayOf("int8", k));
            ps.executeUpdate();
        }
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
