package tr.hemsehri.connector.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Cluster-wide "one poller per account": a replica owns an account while it holds the account's session-level
 * PostgreSQL advisory lock on its lease session, one connection kept open for as long as the replica runs. The
 * lock is kept between polls (not taken per poll), so ownership is sticky and a replica that dies gives its
 * accounts up at once: PostgreSQL ends the dead process's session when its socket closes, and with it the locks.
 * The survivors try the free accounts on every scheduler tick ({@link #claimFree}), so a takeover happens within
 * one tick of the death, not at the dead replica's next scheduled poll.
 *
 * <p>Within a replica, {@link #tryAcquire} also keeps two threads (a scheduled poll and an administrator's
 * "poll now") off one account at once. If the lease session breaks (the database restarted), every ownership is
 * dropped and taken again on a new session; a poll already running when that happens finishes on its own
 * connection, and dedup absorbs anything a new owner reads again.
 */
@ApplicationScoped
public class AccountLease {
    private static final Logger LOG = Logger.getLogger(AccountLease.class);
    /** First half of the two-int advisory key, so our locks cannot collide with other features' keys. */
    private static final int NAMESPACE = 0x48534331;

    @Inject
    AgroalDataSource dataSource;

    private final Set<Long> busy = ConcurrentHashMap.newKeySet();
    /** Accounts whose lock the lease session holds; guarded by {@code this}, as is the session. */
    private final Set<Long> owned = new HashSet<>();
    private Connection session;

    /**
     * Tries to take every account of {@code accountIds} this replica does not own yet; returns the ones it has
     * just taken (a takeover, or the first claim after start-up). Also proves the lease session is alive, so an
     * ownership lost with a broken session is noticed on the next tick.
     */
    public synchronized Set<Long> claimFree(Collection<Long> accountIds) throws SQLException {
        Set<Long> taken = new HashSet<>();
        try {
            Connection c = session();
            try (Statement alive = c.createStatement()) {
                alive.execute("select 1");
            }
            for (long id : accountIds) {
                if (!owned.contains(id) && tryLock(c, id)) {
                    owned.add(id);
                    taken.add(id);
                }
            }
        } catch (SQLException | RuntimeException e) {
            dropSession();
            throw e;
        }
        return taken;
    }

    /** Whether this replica owns the account (its lock is held on the lease session). */
    public synchronized boolean owns(long accountId) {
        return owned.contains(accountId);
    }

    /**
     * The right to poll the account now: owned by this replica (taken here if free) and not being polled by
     * another thread of it. Null when another replica owns it or another thread is polling it.
     */
    public Held tryAcquire(long accountId) throws SQLException {
        if (!busy.add(accountId)) {
            return null;
        }
        boolean ok = false;
        try {
            ok = ensureOwned(accountId);
        } finally {
            if (!ok) {
                busy.remove(accountId);
            }
        }
        return ok ? new Held(this, accountId) : null;
    }

    private synchronized boolean ensureOwned(long accountId) throws SQLException {
        try {
            Connection c = session();
            if (owned.contains(accountId)) {
                // proves the session (and so the lock) is still there before the platform is called
                try (Statement alive = c.createStatement()) {
                    alive.execute("select 1");
                }
                return true;
            }
            if (tryLock(c, accountId)) {
                owned.add(accountId);
                return true;
            }
            return false;
        } catch (SQLException | RuntimeException e) {
            dropSession();
            throw e;
        }
    }

    /** Gives up every account (shutdown, after the pollers stopped), so another replica takes them at once. */
    public synchronized void releaseAll() {
        if (session == null) {
            return;
        }
        try (Statement s = session.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            LOG.warnf("Could not release the poll leases: %s", e.getMessage());
        }
        dropSession();
    }

    private Connection session() throws SQLException {
        if (session == null) {
            session = dataSource.getConnection();
            session.setAutoCommit(true);
        }
        return session;
    }

    private boolean tryLock(Connection c, long accountId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, (int) accountId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void dropSession() {
        if (!owned.isEmpty()) {
            LOG.warnf("Poll lease session lost; giving up accounts %s until they are claimed again", owned);
        }
        owned.clear();
        if (session != null) {
            // a session that still works must not go back to the pool holding locks nobody would release
            try (Statement s = session.createStatement()) {
                s.execute("select pg_advisory_unlock_all()");
            } catch (SQLException broken) {
                // a broken session's locks went with it
            }
            try {
                session.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection, and the session's locks with it
            }
            session = null;
        }
    }

    /** This thread's turn at polling an owned account; closing it ends the turn, not the ownership. */
    public static final class Held implements AutoCloseable {
        private final AccountLease lease;
        private final long accountId;

        Held(AccountLease lease, long accountId) {
            this.lease = lease;
            this.accountId = accountId;
        }

        @Override
        public void close() {
            lease.busy.remove(accountId);
        }
    }
}
