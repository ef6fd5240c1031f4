package tr.hemsehri.incident.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A report can join an incident that another transaction has just opened and not yet committed (two channels
 * ingesting at the moment of a spike); its link must wait for that row.
 */
final class PendingIncidents {
    private PendingIncidents() {
    }

    /**
     * Waits (briefly, outside the engine's lock) until the incidents another transaction opened are committed, so
     * that this batch's links to them satisfy the foreign key; past the limit the insert fails and the batch is
     * redelivered, as before.
     */
    static void await(Connection c, List<Long> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from incidents where id = any(?)")) {
            Object[] distinct = ids.stream().distinct().toArray();
            ps.setArray(1, c.createArrayOf("int8", distinct));
            for (int attempt = 0; attempt < AWAIT_ATTEMPTS; attempt++) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) >= distinct.length) {
                        return;
                    }
                }
                try {
                    Thread.sleep(AWAIT_STEP_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static final int AWAIT_ATTEMPTS = 100;
    private static final long AWAIT_STEP_MS = 20;
}
