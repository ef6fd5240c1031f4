package tr.hemsehri.resilience;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.boot.EmbeddedDatabase;

/**
 * The one PostgreSQL every application process of a test shares: the production {@link EmbeddedDatabase},
 * started from the test, with a login role that has a distinctive password (for the log scan) and one database
 * per test. It can be stopped and started again on the same data directory and port.
 */
final class TestDatabase implements AutoCloseable {
    static final String USER = "hemsehri_it";

    private final Path dir;
    private EmbeddedDatabase db;
    private int port;

    TestDatabase(Path dir) throws IOException, SQLException {
        this.dir = dir;
        db = EmbeddedDatabase.start(dir, 0);
        port = db.port();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create role " + USER + " login superuser password '" + Platforms.SECRETS.get("DB_PASSWORD")
                    + "'");
        }
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + name + " owner " + USER);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    Map<String, String> env(String database) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(database));
        e.put("QUARKUS_DATASOURCE_USERNAME", USER);
        e.put("QUARKUS_DATASOURCE_PASSWORD", Platforms.SECRETS.get("DB_PASSWORD"));
        return e;
    }

    /** Stops the server (as a crash of the database host would look to the applications: connections drop). */
    void stop() throws IOException {
        db.close();
        db = null;
    }

    /** Starts it again on the same data directory and port. */
    void restart() throws IOException {
        db = EmbeddedDatabase.start(dir, port);
    }

    List<Map<String, Object>> query(String database, String sql, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(database), USER, Platforms.SECRETS.get("DB_PASSWORD"));
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    long count(String database, String sql, Object... args) throws SQLException {
        return ((Number) query(database, sql, args).get(0).values().iterator().next()).longValue();
    }

    @Override
    public void close() throws IOException {
        if (db != null) {
            db.close();
        }
    }
}
