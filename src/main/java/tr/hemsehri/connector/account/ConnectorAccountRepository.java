package tr.hemsehri.connector.account;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tr.hemsehri.connector.api.ChannelSpec;

/**
 * Account state in plain SQL on auto-commit connections: status updates must land even when the poll they
 * describe failed and rolled back, and they must never join an ingestion transaction.
 */
@ApplicationScoped
public class ConnectorAccountRepository {
    private static final String COLUMNS = """
            id, platform, account, display_name, enabled, status, external_user_id, push_only, simulated,
            last_poll_at, last_success_at, last_message_at, last_error, last_error_at, consecutive_failures,
            rate_limit_remaining, rate_limit_reset_at, next_poll_at""";

    @Inject
    AgroalDataSource dataSource;

    /** Creates or refreshes the account of a configured channel; returns its id. Status is left alone. */
    public long upsert(ChannelSpec spec) {
        return call(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into connector_accounts (platform, account, display_name, external_user_id, push_only,
                        simulated, enabled)
                    values (?, ?, ?, ?, ?, ?, true)
                    on conflict (platform, account) do update set display_name = excluded.display_name,
                        external_user_id = excluded.external_user_id, push_only = excluded.push_only,
                        simulated = excluded.simulated, enabled = true,
                        status = case when connector_accounts.status = 'DISABLED' then 'ACTIVE'
                                      else connector_accounts.status end
                    returning id""")) {
                ps.setString(1, spec.platform().name());
                ps.setString(2, spec.account());
                ps.setString(3, spec.displayName());
                ps.setString(4, spec.ownUserId());
                ps.setBoolean(5, spec.pushOnly());
                ps.setBoolean(6, spec.simulated());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Accounts of a platform that is not configured any more stop showing as active. */
    public void disableOthers(List<Long> keep) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set enabled = false, status = 'DISABLED'
                    where platform <> 'MANUAL' and not (id = any (?))""")) {
                ps.setArray(1, c.createArrayOf("bigint", keep.toArray()));
                ps.executeUpdate();
            }
        });
    }

    public List<ConnectorAccount> listAll() {
        return query("select " + COLUMNS + " from connector_accounts where platform <> 'MANUAL' order by platform, account");
    }

    public Optional<ConnectorAccount> find(long id) {
        List<ConnectorAccount> rows = query("select " + COLUMNS + " from connector_accounts where id = " + id);
        return rows.stream().findFirst();
    }

    /** Enabled polling accounts (not push channels), due or not. */
    public List<ConnectorAccount> polling() {
        return query("select " + COLUMNS + " from connector_accounts "
                + "where enabled and not push_only and platform <> 'MANUAL' order by id");
    }

    /** Enabled polling accounts whose next poll is due. */
    public List<ConnectorAccount> due(Instant now) {
        List<ConnectorAccount> out = new ArrayList<>();
        for (ConnectorAccount a : polling()) {
            if (a.nextPollAt() == null || !a.nextPollAt().isAfter(now)) {
                out.add(a);
            }
        }
        return out;
    }

    public void recordSuccess(long id, Integer remaining, Instant resetAt, Instant lastMessageAt, Instant next) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set status = 'ACTIVE', last_poll_at = now(), last_success_at = now(),
                        consecutive_failures = 0, rate_limit_remaining = ?, rate_limit_reset_at = ?,
                        last_message_at = greatest(last_message_at, ?), next_poll_at = ?
                    where id = ?""")) {
                setInt(ps, 1, remaining);
                setTime(ps, 2, resetAt);
                setTime(ps, 3, lastMessageAt);
                setTime(ps, 4, next);
                ps.setLong(5, id);
                ps.executeUpdate();
            }
        });
    }

    public void recordFailure(long id, String status, String error, Integer remaining, Instant resetAt,
            Instant next) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set status = ?, last_poll_at = now(), last_error = ?,
                        last_error_at = now(), consecutive_failures = consecutive_failures + 1,
                        rate_limit_remaining = coalesce(?, rate_limit_remaining),
                        rate_limit_reset_at = coalesce(?, rate_limit_reset_at), next_poll_at = ?
                    where id = ?""")) {
                ps.setString(1, status);
                ps.setString(2, error);
                setInt(ps, 3, remaining);
                setTime(ps, 4, resetAt);
                setTime(ps, 5, next);
                ps.setLong(6, id);
                ps.executeUpdate();
            }
        });
    }

    /**
     * A push channel (webhook) saw traffic: it is alive even though nothing polls it. Webhooks arrive whatever
     * our token's state, so they do not clear NEEDS_REAUTH; only a successful send does.
     */
    public void recordPush(long id, Instant lastMessageAt) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set
                        status = case when status = 'NEEDS_REAUTH' then status else 'ACTIVE' end,
                        last_success_at = now(), consecutive_failures = 0,
                        last_message_at = greatest(last_message_at, ?)
                    where id = ?""")) {
                setTime(ps, 1, lastMessageAt);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    /** The platform refused our token on a send: moderators must see the channel needs a new one. */
    public void recordSendAuthFailure(long id, String error) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set status = 'NEEDS_REAUTH', last_error = ?, last_error_at = now()
                    where id = ?""")) {
                ps.setString(1, error);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        });
    }

    /** A send went through, so the token works again (push channels have no poll to say so). */
    public void recordSendSuccess(long id) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    update connector_accounts set status = 'ACTIVE' where id = ? and status = 'NEEDS_REAUTH'""")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        });
    }

    /** Makes an account due now; used by tests and by an administrator after fixing a token. */
    public void pollNow(long id) {
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update connector_accounts set next_poll_at = null where id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        });
    }

    private List<ConnectorAccount> query(String sql) {
        return call(c -> {
            List<ConnectorAccount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConnectorAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9),
                            time(rs, 10), time(rs, 11), time(rs, 12), rs.getString(13), time(rs, 14), rs.getInt(15),
                            (Integer) rs.getObject(16), time(rs, 17), time(rs, 18)));
                }
            }
            return out;
        });
    }

    private static Instant time(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    private static void setTime(PreparedStatement ps, int i, Instant v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setTimestamp(i, Timestamp.from(v));
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    interface SqlAction {
        void apply(Connection c) throws SQLException;
    }

    private <T> T call(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("connector_accounts: " + e.getMessage(), e);
        }
    }

    private void run(SqlAction action) {
        call(c -> {
            action.apply(c);
            return null;
        });
    }
}
