package tr.hemsehri.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A department's inbox: only the cases forwarded to it (enforced in the query by the user's department). */
@Path("/console/inbox")
@Produces(MediaType.TEXT_HTML)
public class InboxResource {
    @Inject
    ConsoleContext console;
    @Inject
    ConsoleQueries queries;
    /** How often an open queue asks whether new cases arrived. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hemsehri.console.queue-poll-seconds", defaultValue = "15")
    int pollSeconds;

    @Location("console/queue.html")
    Template page;

    @GET
    public Object inbox(@Context UriInfo uri, @QueryParam("msg") String msg) {
        if (!console.isDepartment()) {
            return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/console/queue")).build();
        }
        MultivaluedMap<String, String> p = new MultivaluedHashMap<>(uri.getQueryParameters());
        if (p.getFirst("status") == null || p.getFirst("status").isBlank()) {
            p.putSingle("status", "ACTIVE");
        }
        QueueQuery f = QueueQuery.from(p);
        Long dept = console.actor().departmentId();
        ConsoleQueries.QueuePage result = queries.queue(f, dept);
        return page.data("f", f).data("page", result).data("facets", queries.facets(f, dept))
                .data("departments", List.of())
                .data("statuses", List.of("ACTIVE", "ALL", "FORWARDED", "IN_PROGRESS", "REOPENED", "RESOLVED", "CLOSED"))
                .data("categories", List.of("COMPLAINT", "REQUEST", "SUPPORT"))
                .data("platforms", List.of("X", "FACEBOOK", "INSTAGRAM", "WHATSAPP", "MANUAL"))
                .data("slas", List.of("OVERDUE", "SOON", "OK", "NONE"))
                .data("flash", Flash.of(msg)).data("pollSeconds", pollSeconds).data("inbox", true).data("active", "inbox");
    }
}
