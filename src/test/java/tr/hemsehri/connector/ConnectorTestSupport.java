package tr.hemsehri.connector;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import tr.hemsehri.connector.account.ConnectorAccount;
import tr.hemsehri.connector.account.ConnectorAccountRepository;
import tr.hemsehri.connector.poll.ConnectorRegistry;
import tr.hemsehri.connector.poll.PollHooks;
import tr.hemsehri.connector.poll.PollerService;
import tr.hemsehri.connector.service.OutboundService;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.simulator.SimulatorLauncher;
import tr.hemsehri.testsupport.PostgresTest;

/** Database counting and account helpers shared by the connector tests. */
public abstract class ConnectorTestSupport extends PostgresTest {
    @Inject
    protected AgroalDataSource dataSource;
    @Inject
    protected PollerService poller;
    @Inject
    protected ConnectorRegistry registry;
    @Inject
    protected ConnectorAccountRepository accounts;
    @Inject
    protected SimulatorLauncher simulators;
    @Inject
    protected OutboundService outbound;
    @Inject
    protected PollHooks hooks;

    /**
     * Outbox tests send with dispatchAll(), which takes every pending item in the database: leftovers of other
     * test classes (hundreds of incident updates) would crowd out the items a test is about.
     */
    @org.junit.jupiter.api.BeforeEach
    void cancelOtherTestsPendingOutbox() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update outbox set status = 'CANCELLED' where status in ('PENDING', 'SENDING')")) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected long accountId(Platform p) {
        return registry.accountId(p).orElseThrow();
    }

    protected ConnectorAccount account(Platform p) {
        return accounts.find(accountId(p)).orElseThrow();
    }

    /** Stored IN rows per external id: each id must appear exactly once. */
    protected long storedOnce(Platform p, Collection<String> ids) {
        return count("select count(*) from (select external_id from messages where platform = ? and direction = 'IN'"
                + " and external_id = any (?) group by external_id having count(*) = 1) s", p.name(), ids);
    }

    protected long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Collection<?> coll) {
                    ps.setArray(i + 1, c.createArrayOf("text", coll.toArray()));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String string(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> ids(List<tr.hemsehri.simulator.SimItem> items) {
        return items.stream().map(tr.hemsehri.simulator.SimItem::id).toList();
    }
}
