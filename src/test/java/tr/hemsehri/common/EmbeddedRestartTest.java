package tr.hemsehri.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import tr.hemsehri.common.boot.EmbeddedDatabase;

/** The embedded default keeps its data directory: what was stored is there after a restart. */
class EmbeddedRestartTest {
    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("hemsehri-restart");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('Bostanlı su kesintisi')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            rs.next();
            assertEquals("Bostanlı su kesintisi", rs.getString(1));
        }
    }
}
