package tr.hemsehri.common.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.formatters.JsonFormatter;

/**
 * Switches the console log to one JSON object per line (for log collectors in Kubernetes) when
 * {@code hemsehri.log.json} is true. Uses JBoss LogManager's own JSON formatter, because the
 * quarkus-logging-json extension is not available for this platform version in our registry.
 */
@ApplicationScoped
public class JsonLogging {
    /** One JSON object per log line on the console. */
    @ConfigProperty(name = "hemsehri.log.json", defaultValue = "false")
    boolean json;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!json) {
            return;
        }
        JsonFormatter formatter = formatter();
        for (Handler h : LogManager.getLogManager().getLogger("").getHandlers()) {
            apply(h, formatter);
        }
    }

    /** The formatter the console handler gets: one JSON object per record, exceptions as one string field. */
    static JsonFormatter formatter() {
        JsonFormatter formatter = new JsonFormatter();
        formatter.setDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        formatter.setPrintDetails(false);
        formatter.setExceptionOutputType(JsonFormatter.ExceptionOutputType.FORMATTED);
        return formatter;
    }

    private static void apply(Handler h, JsonFormatter formatter) {
        if (h instanceof org.jboss.logmanager.ExtHandler ext) {
            for (Handler child : ext.getHandlers()) {
                apply(child, formatter);
            }
        }
        if (h instanceof org.jboss.logmanager.handlers.ConsoleHandler) {
            h.setFormatter(formatter);
        }
    }
}
