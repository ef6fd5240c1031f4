package tr.hemsehri.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import tr.hemsehri.common.boot.EmbeddedDatabase;

/**
 * Opens the database a benchmark run left in target/bench/pg and runs each argument (or each statement of an {@code @file}) as SQL, printing the rows
 * (for EXPLAIN ANALYZE of the queue and report queries on the loaded data):
 * {@code ./mvnw -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=tr.hemsehri.bench.Explain
 * -Dexec.args="'explain analyze select ...'"}.
 */
public final class Explain {
    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(System.getProperty("bench.dir", "target/bench"), "pg"), 0);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
                Statement s = c.createStatement()) {
            java.util.List<String> sqls = new java.util.ArrayList<>();
            for (String a : args) {
                if (a.startsWith("@")) { // a file of statements separated by lines holding only ';'
                    sqls.addAll(java.util.Arrays.asList(java.nio.file.Files.readString(Path.of(a.substring(1)))
                            .split("(?m)^;\\s*$")));
                } else {
                    sqls.add(a);
                }
            }
            for (String sql : sqls) {
                if (sql.isBlank()) {
                    continue;
                }
                System.out.println("== " + sql);
                if (!s.execute(sql)) {
                    continue;
                }
                try (ResultSet rs = s.getResultSet()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(i > 1 ? " | " : "").append(rs.getString(i));
                        }
                        System.out.println(b);
                    }
                }
            }
        }
        System.exit(0);
    }
}
