package tr.hemsehri.ingest.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jakarta.enterprise.context.ApplicationScoped;

/** Stores each account's opaque connector cursor; only the connector knows what it means. */
@ApplicationScoped
public class CheckpointRepository {
    public String load(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select cursor from checkpoints where account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public void save(Connection c, long accountId, String cursor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into checkpoints (account_id, cursor, updated_at) values (?, ?, now())
                on conflict (account_id) do update set cursor = excluded.cursor, updated_at = now()""")) {
            ps.setLong(1, accountId);
            ps.setString(2, cursor);
            ps.executeUpdate();
        }
    }
}
