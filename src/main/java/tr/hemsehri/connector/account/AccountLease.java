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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * Cluster-wide "one poller per account": a replica owns an account while one of its sessions holds the account's
 * session-level PostgreSQL advisory lock. The lock is kept between polls, so ownership is sticky. Every other
 * replica keeps a standby session per account waiting in {@code pg_advisory_lock}: when the owner dies,
 * PostgreSQL ends its session as the socket closes and hands the lock to one waiter at once, which then polls
 * straight away ({@link #standBy}'s callback). So a takeover takes one poll after the death, not a tick, and not
 * the dead replica's next scheduled poll.
 *
 * <p>Within a replica, {@link #tryAcquire} also keeps two threads (a scheduled poll and an administrator's
 * "poll now") off one account at once. If a session breaks (the database restarted), its ownership is dropped
 * and waited for again; a poll already running when that happens finishes on its own connection, and dedup
 * absorbs anything a new owner reads again.
 */
@ApplicationScoped
public class AccountLease {
    private static final Logger LOG = Logger.getLogger(AccountLease.class);
    /** First half of the two-int advisory key, so our locks cannot collide with other features' keys. */
    private static final int NAMESPACE = 0x48534331;

    @Inject
    AgroalDataSource dataSource;

    private final Set<Long> busy = ConcurrentHashMap.newKeySet();
    /** The session holding each owned account's lock. */
    private final Map<Long, Connection> owned = new ConcurrentHashMap<>();
    /** The standby thread waiting for each account another replica owns. */
    private final Map<Long, Thread> waiting = new ConcurrentHashMap<>();
    /** Their blocked statements, cancelled at shutdown. */
    private final Map<Long, Statement> blocked = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    /**
     * Makes sure every account of {@code accountIds} is either owned here or waited for; {@code onTaken} is
     * called (on the standby thread) with each account this replica takes, from a replica that died or stopped,
     * or on the first claim after start-up.
     */
    public void standBy(Collection<Long> accountIds, LongConsumer onTaken) {
        for (long id : accountIds) {
            if (stopped || owned.containsKey(id) || waiting.containsKey(id)) {
                continue;
            }
            Thread t = new Thread(() -> waitFor(id, onTaken), "poll-lease-" + id);
            t.setDaemon(true);
            if (waiting.putIfAbsent(id, t) == null) {
                t.start();
            }
        }
    }

    private void waitFor(long id, LongConsumer onTaken) {
        try {
            Connection c = dataSource.getConnection();
            boolean kept = false;
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_lock(?, ?)")) {
                ps.setInt(1, NAMESPACE);
                ps.setInt(2, (int) id);
                blocked.put(id, ps);
                if (stopped) {
                    return;
                }
                ps.execute(); // blocks while another session holds the lock
                if (!stopped && owned.putIfAbsent(id, c) == null) {
                    kept = true;
                }
            } finally {
                if (!kept) {
                    unlockAndClose(c);
                }
            }
            if (kept) {
                waiting.remove(id);
                onTaken.accept(id);
            }
        } catch (SQLException | RuntimeException e) {
            if (!stopped) {
                LOG.warnf("Waiting for the poll lease of account %d failed, retried on the next tick: %s", id,
                        e.getMessage());
            }
        } finally {
            blocked.remove(id);
            waiting.remove(id, Thread.currentThread());
        }
    }

    /** Whether this replica owns the account (one of its sessions holds the lock). */
    public boolean owns(long accountId) {
        return owned.containsKey(accountId);
    }

    /**
     * The right to poll the account now: owned by this replica (taken here if no replica owns it and none of ours
     * is waiting for it) and not being polled by another thread of it. Null when another replica owns it or
     * another thread is polling it.
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

    private boolean ensureOwned(long accountId) throws SQLException {
        Connection c = owned.get(accountId);
        if (c != null) {
            // proves the session (and so the lock) is still there before the platform is called
            try (Statement alive = c.createStatement()) {
                alive.execute("select 1");
                return true;
            } catch (SQLException e) {
                LOG.warnf("Poll lease session of account %d lost; waiting for the lease again", accountId);
                owned.remove(accountId, c);
                unlockAndClose(c);
                throw e;
            }
        }
        if (waiting.containsKey(accountId)) {
            return false; // another replica owns it: our standby session is queued behind its lock
        }
        c = dataSource.getConnection();
        boolean kept = false;
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, NAMESPACE);
            ps.setInt(2, (int) accountId);
            try (ResultSet rs = ps.executeQuery()) {
                kept = rs.next() && rs.getBoolean(1) && !stopped && owned.putIfAbsent(accountId, c) == null;
            }
        } finally {
            if (!kept) {
                unlockAndClose(c);
            }
        }
        return kept;
    }

    /** Gives up every account (shutdown, after the pollers stopped), so another replica takes them at once. */
    public void releaseAll() {
        stopped = true;
        for (Statement st : blocked.values()) {
            try {
                st.cancel();
            } catch (SQLException ignored) {
                // the session ends with the process anyway
            }
        }
        for (Map.Entry<Long, Connection> e : owned.entrySet()) {
            if (owned.remove(e.getKey(), e.getValue())) {
                unlockAndClose(e.getValue());
            }
        }
    }

    /** A session that still works must not go back to the pool holding locks nobody would release. */
    private static void unlockAndClose(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_unlock_all()");
        } catch (SQLException broken) {
            // a broken session's locks went with it
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // the pool discards a broken connection
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
