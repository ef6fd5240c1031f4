package tr.hemsehri.connector.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Cluster-wide "one poller per account": a session-level PostgreSQL advisory lock held on a dedicated
 * connection for the length of a poll. If the replica dies, PostgreSQL drops the session and with it the lock,
 * so no lease ever needs expiring by hand.
 */
@ApplicationScoped
public class AccountLease {
    private static final Logger LOG = Logger.getLogger(AccountLease.class);
    /** First half of the two-int advisory key, so our locks cannot collide with other features' keys. */
    private static final int NAMESPACE = 0x48534331;

    @Inject
    AgroalDataSource dataSource;

    /** The held lease, or null when another replica (or thread) is polling this account. */
    public Held tryAcquire(long accountId) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, (int) accountId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) {
                    return new Held(c, accountId);
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return null;
    }

    public static final class Held implements AutoCloseable {
        private final Connection connection;
        private final long accountId;

        Held(Connection connection, long accountId) {
            this.connection = connection;
            this.accountId = accountId;
        }

        @Override
        public void close() {
            // Unlock before the connection goes back to the pool: a pooled session would otherwise keep it.
            try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, NAMESPACE);
                ps.setInt(2, (int) accountId);
                ps.execute();
            } catch (SQLException e) {
                LOG.warnf("Could not release the poll lease of account %d: %s", accountId, e.getMessage());
            } finally {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the pool discards a broken connection, and the session's lock with it
                }
            }
        }
    }
}
