package tr.hemsehri.common.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id for the logs ({@code %X{requestId}} in the console format, the "mdc" object in
 * JSON logs) and echoes it as {@code X-Request-Id}, so an operator can find the log lines of one failed call.
 * A caller's or proxy's id is kept when it is sane; anything else could forge or break log lines, so it is
 * replaced. Quarkus keeps the MDC in the request's Vert.x context, so the id follows the request onto worker
 * threads.
 */
@ApplicationScoped
public class RequestIdFilter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    /** Before the security and application filters, so that their log lines carry the id too. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = requestId(rc.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            rc.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, PRIORITY);
    }

    /** The incoming id if it is safe to log, else a new one. */
    static String requestId(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }
}
