package tr.hemsehri.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.MDC;

/** Test-only endpoint: what a resource method, on its worker thread, sees as the request id in the MDC. */
@Path("/test-support/request-id")
public class RequestIdProbe {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String mdc() {
        Object id = MDC.get("requestId");
        return id == null ? "" : id.toString();
    }
}
