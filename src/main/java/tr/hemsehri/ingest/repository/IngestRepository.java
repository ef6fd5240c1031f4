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
import java.util.List;
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

    /** The citizens behind these platform authors, created on first sight; keyed "platform|author". */
    public java.util.Map<String, Long> citizensFor(Connection c, List<InboundMessage> authors) throws SQLException {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        java.util.LinkedHashMap<String, InboundMessage> wanted = new java.util.LinkedHashMap<>();
        for (InboundMessage m : authors) {
            if (m.authorId() != null) {
                wanted.putIfAbsent(m.platform().name() + '|' + m.authorId(), m);
            }
        }
        if (wanted.isEmpty()) {
            return out;
        }
        String[] platforms = new String[wanted.size()], ids = new String[wanted.size()];
        int i = 0;
        for (InboundMessage m : wanted.values()) {
            platforms[i] = m.platform().name();
            ids[i++] = m.authorId();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select ci.platform, ci.author_id, ci.citizen_id
                from unnest(?::text[], ?::text[]) as u(platform, author)
                join citizen_identities ci on ci.platform = u.platform and ci.author_id = u.author""")) {
            ps.setArray(1, c.createArrayOf("text", platforms));
            ps.setArray(2, c.createArrayOf("text", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + '|' + rs.getString(2), rs.getLong(3));
                }
            }
        }
        List<InboundMessage> missing = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, InboundMessage> e : wanted.entrySet()) {
            if (!out.containsKey(e.getKey())) {
                missing.add(e.getValue());
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        int n = missing.size();
        String[] display = new String[n], mp = new String[n], ma = new String[n], mh = new String[n], mn = new String[n];
        for (int j = 0; j < n; j++) {
            InboundMessage m = missing.get(j);
            display[j] = m.authorName() != null ? m.authorName() : m.authorHandle();
            mp[j] = m.platform().name();
            ma[j] = m.authorId();
            mh[j] = m.authorHandle();
            mn[j] = m.authorName();
        }
        List<Long> created = new java.util.ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into citizens (display_name)
                select u.d from unnest(?::text[]) with ordinality as u(d, n) order by u.n
                returning id""")) {
            ps.setArray(1, c.createArrayOf("text", display));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    created.add(rs.getLong(1));
                }
            }
        }
        java.util.Collections.sort(created); // identity values follow the insertion order
        Long[] citizenIds = created.toArray(new Long[0]);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into citizen_identities (citizen_id, platform, author_id, handle, display_name)
                select * from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])
                on conflict (platform, author_id) do nothing""")) {
            ps.setArray(1, c.createArrayOf("bigint", citizenIds));
            ps.setArray(2, c.createArrayOf("text", mp));
            ps.setArray(3, c.createArrayOf("text", ma));
            ps.setArray(4, c.createArrayOf("text", mh));
            ps.setArray(5, c.createArrayOf("text", mn));
            ps.executeUpdate();
        }
        for (int j = 0; j < n; j++) {
            out.put(mp[j] + '|' + ma[j], citizenIds[j]);
        }
        return out;
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
