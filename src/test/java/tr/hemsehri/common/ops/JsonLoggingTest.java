package tr.hemsehri.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** hemsehri.log.json: every record is exactly one line holding one JSON object, whatever the message holds. */
class JsonLoggingTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void clearMdc() {
        MDC.remove(RequestIdFilter.MDC_KEY);
    }

    private static ExtLogRecord record(Level level, String message, Throwable thrown) {
        ExtLogRecord r = new ExtLogRecord(level, message, ExtLogRecord.FormatStyle.NO_FORMAT,
                JsonLoggingTest.class.getName());
        r.setLoggerName("tr.hemsehri.test");
        r.setThrown(thrown);
        return r;
    }

    private JsonNode oneLine(JsonFormatter f, ExtLogRecord r) throws Exception {
        String out = f.format(r);
        assertTrue(out.endsWith("\n"), "ends with a newline");
        assertEquals(-1, out.substring(0, out.length() - 1).indexOf('\n'), "one line: " + out);
        JsonNode node = mapper.readTree(out);
        assertTrue(node.isObject(), out);
        return node;
    }

    @Test
    void multiLineMessagesQuotesAndStackTracesStayOnOneLine() throws Exception {
        JsonFormatter f = JsonLogging.formatter();
        MDC.put(RequestIdFilter.MDC_KEY, "req-1");
        ExtLogRecord plain = record(Level.INFO, "Bostanlı'da \"su yok\"\nikinci satır\ttab", null);
        plain.copyMdc();
        JsonNode a = oneLine(f, plain);
        assertEquals("Bostanlı'da \"su yok\"\nikinci satır\ttab", a.get("message").asText());
        assertEquals("INFO", a.get("level").asText());
        assertEquals("tr.hemsehri.test", a.get("loggerName").asText());
        assertEquals("req-1", a.get("mdc").get("requestId").asText());
        assertTrue(a.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}.*"));

        ExtLogRecord failed = record(Level.SEVERE, "Gönderim başarısız",
                new IllegalStateException("outer", new RuntimeException("inner")));
        JsonNode b = oneLine(f, failed);
        assertTrue(b.toString().contains("inner"), "the cause is in the object: " + b);
    }
}
