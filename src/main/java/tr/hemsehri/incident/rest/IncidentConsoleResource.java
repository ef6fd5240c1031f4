package tr.hemsehri.incident.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.incident.model.IncidentDtos.UpdateRequest;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.incident.service.IncidentService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

/**
 * The incident console (Turkish HTML): list and detail, confirm/dismiss a suggestion, send a status update.
 * Qute escapes every value, so citizen text is shown as text. Form posts must come from this origin.
 */
@Path("/console/incidents")
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN, Roles.DEPARTMENT})
public class IncidentConsoleResource {
    private static final ZoneId TR = ZoneId.of("Europe/Istanbul");
    static final Map<String, String> STATUS = Map.of("SUGGESTED", "Önerilen", "OPEN", "Açık", "IN_PROGRESS",
            "Çalışılıyor", "RESOLVED", "Çözüldü", "DISMISSED", "Reddedildi", "MERGED", "Birleştirildi");

    @Inject
    @Location("incidents/list.html")
    Template list;
    @Inject
    @Location("incidents/detail.html")
    Template detail;
    @Inject
    IncidentService incidents;
    @Inject
    IncidentGrouping grouping;
    @Inject
    CurrentUser user;

    /** Date formatting for the templates. */
    public static final class Fmt {
        private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

        public String time(Instant i) {
            return i == null ? "—" : F.format(i.atZone(TR));
        }
    }

    private static final Fmt FMT = new Fmt();

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return list.data("incidents", incidents.list(null, user.actor(), 200)).data("statusNames", STATUS)
                .data("fmt", FMT);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") long id) {
        return detail.data("d", incidents.detail(id, user.actor())).data("statusNames", STATUS).data("fmt", FMT)
                .data("canManage", !user.actor().isDepartment());
    }

    @POST
    @Path("/{id}/confirm")
    public Response confirm(@PathParam("id") long id, @Context HttpHeaders headers, @Context UriInfo uri) {
        sameOrigin(headers, uri);
        incidents.confirm(id, user.actor());
        return back(id);
    }

    @POST
    @Path("/{id}/dismiss")
    public Response dismiss(@PathParam("id") long id, @Context HttpHeaders headers, @Context UriInfo uri) {
        sameOrigin(headers, uri);
        incidents.dismiss(id, user.actor());
        grouping.changed();
        return back(id);
    }

    @POST
    @Path("/{id}/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @FormParam("text") String text, @FormParam("status") String status,
            @FormParam("eta") String eta, @Context HttpHeaders headers, @Context UriInfo uri) {
        sameOrigin(headers, uri);
        Instant etaAt = eta == null || eta.isBlank() ? null : LocalDateTime.parse(eta).atZone(TR).toInstant();
        incidents.update(id, new UpdateRequest(text, status, etaAt), user.actor());
        grouping.changed();
        return back(id);
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/console/incidents/" + id)).build();
    }

    /** A cross-site form post carries another Origin (or Referer): refused. */
    private static void sameOrigin(HttpHeaders headers, UriInfo uri) {
        String origin = headers.getHeaderString("Origin");
        if (origin == null) {
            origin = headers.getHeaderString("Referer");
        }
        String host = uri.getBaseUri().getAuthority();
        if (origin == null || !(origin.contains("://" + host + "/") || origin.endsWith("://" + host))) {
            throw ApiException.forbidden("Form bu konsoldan gönderilmeli");
        }
    }
}
