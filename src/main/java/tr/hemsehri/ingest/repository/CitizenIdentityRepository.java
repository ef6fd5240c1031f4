package tr.hemsehri.ingest.repository;

import static tr.hemsehri.ingest.repository.Jdbc.firstLong;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import tr.hemsehri.ingest.model.InboundMessage;

/**
 * The citizen behind each platform author, one message or a batch at a time. Runs on the caller's connection
 * (see {@link IngestRepository#connection()}), so a citizen created here commits with the message.
 */
@ApplicationScoped
public class CitizenIdentityRepository {
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
}
