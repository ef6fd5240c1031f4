package tr.hemsehri.ingest.repository;

import static tr.hemsehri.ingest.repository.Jdbc.setLong;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;
import tr.hemsehri.nlp.Analysis;

/**
 * Follow-up messages joining existing cases: one message at a time ({@link #joinCase}), or a batch in bulk (which
 * open case each one joins, and the joins themselves, one statement each instead of four round trips per message).
 * The bulk look-up applies the same precedence as the one-message path (the case of the parent message, then the
 * thread's open case of the same author, then the author's latest open case within the window), so a message
 * threads the same way whichever path takes it; both join updates sit here so they stay the same.
 */
@ApplicationScoped
public class CaseJoinRepository {

    /** One follow-up joining an existing case. */
    public record Join(long caseId, long messageId, InboundMessage message, Analysis analysis, int priority) {
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

    /** The open case each message joins, by batch position; null where none does. */
    public Long[] resolveOpenCases(Connection c, List<InboundMessage> ms, Duration authorWindow) throws SQLException {
        int n = ms.size();
        String[] platform = new String[n], parent = new String[n], thread = new String[n], author = new String[n];
        Timestamp[] since = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            InboundMessage m = ms.get(i);
            platform[i] = m.platform().name();
            parent[i] = m.parentExternalId();
            thread[i] = m.threadKey();
            author[i] = m.authorId();
            since[i] = Timestamp.from(m.createdAt().minus(authorWindow));
        }
        Long[] out = new Long[n];
        try (PreparedStatement ps = c.prepareStatement("""
                select u.n,
                  coalesce(
                    (select m.case_id from messages m join cases k on k.id = m.case_id
                     where u.parent is not null and m.platform = u.platform and m.external_id = u.parent
                       and k.status not in ('RESOLVED', 'CLOSED', 'REFERRED') limit 1),
                    (select k.id from cases k
                     where k.platform = u.platform and k.thread_key = u.thread and k.author_id is not distinct from u.author
                       and k.status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                     order by k.id desc limit 1),
                    (select k.id from cases k
                     where u.author is not null and k.platform = u.platform and k.author_id = u.author
                       and k.last_message_at >= u.since and k.status not in ('RESOLVED', 'CLOSED', 'REFERRED')
                     order by k.last_message_at desc limit 1))
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                     with ordinality as u(platform, parent, thread, author, since, n)""")) {
            ps.setArray(1, c.createArrayOf("text", platform));
            ps.setArray(2, c.createArrayOf("text", parent));
            ps.setArray(3, c.createArrayOf("text", thread));
            ps.setArray(4, c.createArrayOf("text", author));
            ps.setArray(5, c.createArrayOf("timestamptz", since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int position = (int) rs.getLong(1) - 1;
                    long id = rs.getLong(2);
                    out[position] = rs.wasNull() ? null : id;
                }
            }
        }
        return out;
    }

    /**
     * Adds each follow-up to its case (the same update as the one-message path: a later urgent message makes the
     * case urgent, a place found in a follow-up fills what the first message lacked) and attaches the messages.
     * Each case appears at most once; rows are locked in id order so concurrent batches cannot deadlock.
     */
    public void joinCases(Connection c, List<Join> joins) throws SQLException {
        int n = joins.size();
        if (n == 0) {
            return;
        }
        Long[] id = new Long[n], hoodId = new Long[n], message = new Long[n];
        Timestamp[] at = new Timestamp[n];
        Boolean[] urgent = new Boolean[n];
        String[] reason = new String[n], district = new String[n], hood = new String[n];
        Integer[] priority = new Integer[n];
        for (int i = 0; i < n; i++) {
            Join j = joins.get(i);
            Analysis a = j.analysis();
            id[i] = j.caseId();
            message[i] = j.messageId();
            at[i] = Timestamp.from(j.message().createdAt());
            urgent[i] = a.urgent();
            reason[i] = a.urgent() ? a.urgencyReason() : null;
            priority[i] = j.priority();
            district[i] = a.district();
            hood[i] = a.neighborhood();
            hoodId[i] = a.neighborhoodId();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                with locked as (select k.id from cases k where k.id = any(?::bigint[]) order by k.id for update),
                u as (select * from unnest(?::bigint[], ?::timestamptz[], ?::boolean[], ?::text[], ?::int[], ?::text[],
                                           ?::text[], ?::bigint[])
                               as u(id, at, urgent, reason, priority, district, hood, hood_id)),
                joined as (
                  update cases k set message_count = k.message_count + 1,
                      last_message_at = greatest(k.last_message_at, u.at),
                      urgent = k.urgent or u.urgent,
                      urgency_reason = coalesce(k.urgency_reason, u.reason),
                      priority = greatest(k.priority, u.priority),
                      district = coalesce(k.district, u.district),
                      neighborhood = case when k.district is null or k.district = u.district
                                          then coalesce(k.neighborhood, u.hood) else k.neighborhood end,
                      neighborhood_id = case when k.district is null or k.district = u.district
                                             then coalesce(k.neighborhood_id, u.hood_id) else k.neighborhood_id end,
                      updated_at = now(),
                      version = k.version + 1
                  from u where k.id = u.id and k.id in (select id from locked)
                  returning k.id)
                update messages set case_id = a.k from unnest(?::bigint[], ?::bigint[]) as a(m, k)
                where messages.id = a.m and a.k in (select id from joined)""")) {
            ps.setArray(1, c.createArrayOf("int8", id));
            ps.setArray(2, c.createArrayOf("int8", id));
            ps.setArray(3, c.createArrayOf("timestamptz", at));
            ps.setArray(4, c.createArrayOf("bool", urgent));
            ps.setArray(5, c.createArrayOf("text", reason));
            ps.setArray(6, c.createArrayOf("int4", priority));
            ps.setArray(7, c.createArrayOf("text", district));
            ps.setArray(8, c.createArrayOf("text", hood));
            ps.setArray(9, c.createArrayOf("int8", hoodId));
            ps.setArray(10, c.createArrayOf("int8", message));
            ps.setArray(11, c.createArrayOf("int8", id));
            int attached = ps.executeUpdate();
            if (attached != n) {
                // a case resolved a moment ago vanished: never true while the batch holds its thread locks
                throw new SQLException("Joined " + attached + " of " + n + " follow-up messages");
            }
        }
    }
}
