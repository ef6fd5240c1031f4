package tr.hemsehri.ingest.repository;

import static tr.hemsehri.ingest.repository.Jdbc.firstLong;
import static tr.hemsehri.ingest.repository.Jdbc.setLong;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.nlp.Analysis;

/**
 * Opens cases for messages that thread into none, one message or a batch per statement. Runs on the caller's
 * connection (see {@link IngestRepository#connection()}), inside its transaction.
 */
@ApplicationScoped
public class NewCaseRepository {
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

    /** A new case to open in {@link #createCases}. */
    public record NewCase(InboundMessage message, Analysis analysis, Long departmentId, Long citizenId, int priority) {
    }

    /** Opens one case per entry in one statement; returns the case ids in the order given. */
    public long[] createCases(Connection c, Long accountId, List<NewCase> cases) throws SQLException {
        int n = cases.size();
        String[] category = new String[n], reason = new String[n], oos = new String[n], district = new String[n],
                hood = new String[n], platform = new String[n], thread = new String[n], author = new String[n];
        Float[] confidence = new Float[n];
        Boolean[] urgent = new Boolean[n];
        Integer[] priority = new Integer[n];
        Long[] dept = new Long[n], hoodId = new Long[n], citizen = new Long[n];
        Timestamp[] at = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            NewCase k = cases.get(i);
            Analysis a = k.analysis();
            InboundMessage m = k.message();
            category[i] = a.category() == null ? null : a.category().name();
            confidence[i] = (float) a.confidence();
            urgent[i] = a.urgent();
            reason[i] = a.urgencyReason();
            priority[i] = k.priority();
            oos[i] = a.outOfScope() == null ? null : a.outOfScope().institution();
            dept[i] = k.departmentId();
            district[i] = a.district();
            hood[i] = a.neighborhood();
            hoodId[i] = a.neighborhoodId();
            platform[i] = m.platform().name();
            thread[i] = m.threadKey();
            citizen[i] = k.citizenId();
            author[i] = m.authorId();
            at[i] = Timestamp.from(m.createdAt());
        }
        List<Long> ids = new java.util.ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into cases (status, category, confidence, urgent, urgency_reason, priority, out_of_scope,
                    department_id, district, neighborhood, neighborhood_id, platform, account_id, thread_key,
                    citizen_id, author_id, last_message_at, message_count, created_at)
                select 'NEW', u.category, u.confidence, u.urgent, u.reason, u.priority, u.oos, u.dept, u.district,
                       u.hood, u.hood_id, u.platform, ?, u.thread, u.citizen, u.author, u.at, 1, u.at
                from unnest(?::text[], ?::real[], ?::boolean[], ?::text[], ?::int[], ?::text[], ?::bigint[], ?::text[],
                            ?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::timestamptz[])
                     with ordinality as u(category, confidence, urgent, reason, priority, oos, dept, district, hood,
                                          hood_id, platform, thread, citizen, author, at, n)
                order by u.n
                returning id""")) {
            setLong(ps, 1, accountId);
            ps.setArray(2, c.createArrayOf("text", category));
            ps.setArray(3, c.createArrayOf("float4", confidence));
            ps.setArray(4, c.createArrayOf("bool", urgent));
            ps.setArray(5, c.createArrayOf("text", reason));
            ps.setArray(6, c.createArrayOf("int4", priority));
            ps.setArray(7, c.createArrayOf("text", oos));
            ps.setArray(8, c.createArrayOf("int8", dept));
            ps.setArray(9, c.createArrayOf("text", district));
            ps.setArray(10, c.createArrayOf("text", hood));
            ps.setArray(11, c.createArrayOf("int8", hoodId));
            ps.setArray(12, c.createArrayOf("text", platform));
            ps.setArray(13, c.createArrayOf("text", thread));
            ps.setArray(14, c.createArrayOf("int8", citizen));
            ps.setArray(15, c.createArrayOf("text", author));
            ps.setArray(16, c.createArrayOf("timestamptz", at));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        java.util.Collections.sort(ids); // identity values follow the insertion order
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = ids.get(i);
        }
        return out;
    }
}
