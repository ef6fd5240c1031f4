package tr.hemsehri.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import tr.hemsehri.connector.service.ConnectorStatusService;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.service.QueueService;

/** Login, logout, the moderation queue with its live "new cases" banner, and the channel status page. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {
    @Inject
    ConsoleContext console;
    @Inject
    ConsoleQueries queries;
    /** How often an open queue asks whether new cases arrived. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "hemsehri.console.queue-poll-seconds", defaultValue = "15")
    int pollSeconds;
    @Inject
    QueueService queue;
    @Inject
    DepartmentService departments;
    @Inject
    ConnectorStatusService connectors;

    @Location("console/login.html")
    Template login;
    @Location("console/queue.html")
    Template queuePage;
    @Location("console/connectors.html")
    Template connectorsPage;
    @Location("console/fragments/banner.html")
    Template banner;

    @GET
    public Response home() {
        return Response.seeOther(URI.create(console.isDepartment() ? "/console/inbox" : "/console/queue")).build();
    }

    @GET
    @Path("login")
    public Object login(@QueryParam("error") String error) {
        if (console.isLoggedIn()) {
            return home();
        }
        return login.data("error", error != null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        NewCookie gone = new NewCookie.Builder("hemsehri-session").value("").path("/console").maxAge(0).httpOnly(true).build();
        NewCookie csrf = new NewCookie.Builder(Csrf.COOKIE).value("").path("/console").maxAge(0).httpOnly(true).build();
        return Response.ok().header("HX-Redirect", "/console/login?out=1").cookie(gone, csrf).build();
    }

    @GET
    @Path("queue")
    public Object queue(@Context UriInfo uri, @QueryParam("msg") String msg) {
        if (console.isDepartment()) {
            return Response.seeOther(URI.create("/console/inbox")).build();
        }
        QueueQuery f = QueueQuery.from(uri.getQueryParameters());
        ConsoleQueries.QueuePage page = queries.queue(f, null);
        return queuePage.data("f", f).data("page", page).data("facets", queries.facets(f, null))
                .data("departments", departments.list())
                .data("statuses", List.of("OPEN", "ALL", "NEW", "TRIAGED", "FORWARDED", "IN_PROGRESS", "RESOLVED",
                        "CLOSED", "REFERRED", "REOPENED"))
                .data("categories", List.of("COMPLAINT", "REQUEST", "SUPPORT"))
                .data("platforms", List.of("X", "FACEBOOK", "INSTAGRAM", "WHATSAPP", "MANUAL"))
                .data("slas", List.of("OVERDUE", "SOON", "OK", "NONE"))
                .data("flash", Flash.of(msg)).data("pollSeconds", pollSeconds).data("inbox", false).data("active", "queue");
    }

    /** Polled by the queue page: a banner when cases arrived after the page was drawn; the list stays as it is. */
    @GET
    @Path("queue/new")
    public TemplateInstance newCases(@Context UriInfo uri, @QueryParam("since") long since) {
        QueueQuery f = QueueQuery.from(uri.getQueryParameters());
        Long dept = console.isDepartment() ? console.actor().departmentId() : null;
        long n = queries.newSince(f, dept, since);
        return banner.data("newCount", n).data("f", f);
    }

    @POST
    @Path("queue/next")
    public Response next() {
        CaseSummary c = queue.next(console.actor());
        String to = c == null ? "/console/queue?msg=empty" : "/console/cases/" + c.id() + "?msg=claimed";
        return Response.ok().header("HX-Redirect", to).build();
    }

    @GET
    @Path("connectors")
    public TemplateInstance connectors() {
        return connectorsPage.data("accounts", connectors.list()).data("active", "connectors");
    }

    static List<String> list(String... values) {
        return Arrays.asList(values);
    }
}
