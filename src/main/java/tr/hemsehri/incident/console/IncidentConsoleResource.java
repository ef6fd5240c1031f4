package tr.hemsehri.incident.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.incident.model.IncidentDtos.CaseIds;
import tr.hemsehri.incident.model.IncidentDtos.IncidentDetail;
import tr.hemsehri.incident.model.IncidentDtos.IncidentView;
import tr.hemsehri.incident.model.IncidentDtos.PatchRequest;
import tr.hemsehri.incident.model.IncidentDtos.PlannedRequest;
import tr.hemsehri.incident.model.IncidentDtos.UpdateRequest;
import tr.hemsehri.incident.service.IncidentBroadcast;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.incident.service.IncidentManualGrouping;
import tr.hemsehri.incident.service.IncidentReads;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

/**
 * The incident pages of the console: the list (with the planned-outage announcement and grouping by hand) and
 * an incident's page (counts, status update to every linked citizen, ETA, confirm/dismiss, link, unlink, merge,
 * split). Like the case page, actions are htmx posts (the CSRF header comes from console.js) answered with
 * HX-Redirect back to the page, or with the service's Turkish refusal in the flash area.
 */
@Path("/console/incidents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN, Roles.DEPARTMENT})
public class IncidentConsoleResource {
    static final Map<String, String> FLASH = Map.of("confirmed", "Olay onaylandı.",
            "dismissed", "Olay reddedildi; bildirimler sıradan vaka olarak kaldı.",
            "updated", "Duyuru bağlı tüm vatandaşlara gönderim sırasına alındı.",
            "saved", "Olay bilgileri kaydedildi.", "linked", "Vakalar olaya bağlandı.",
            "unlinked", "Vaka olaydan çıkarıldı.", "merged", "Olaylar birleştirildi.",
            "split", "Seçilen vakalar yeni olaya ayrıldı.", "planned", "Planlı kesinti duyuruldu.",
            "created", "Olay oluşturuldu.");

    @Inject
    IncidentReads reads;
    @Inject
    IncidentManualGrouping manual;
    @Inject
    IncidentBroadcast broadcast;
    @Inject
    IncidentGrouping grouping;
    @Inject
    DepartmentService departments;
    @Inject
    CurrentUser user;

    @Location("incidents/list.html")
    Template listPage;
    @Location("incidents/detail.html")
    Template detailPage;
    @Location("console/error.html")
    Template errorPage;
    @Location("console/fragments/flash-error.html")
    Template flashError;

    @GET
    public Object list(@QueryParam("status") String status, @QueryParam("msg") String msg) {
        String filter = status == null || status.isBlank() ? null : status;
        boolean manage = !user.actor().isDepartment();
        return listPage.data("incidents", reads.list(filter, user.actor(), 200)).data("filter", filter)
                .data("proposals", manage && filter == null ? reads.proposals(user.actor()) : List.of())
                .data("departments", departments.list()).data("canManage", !user.actor().isDepartment())
                .data("flash", msg == null ? null : FLASH.get(msg)).data("active", "incidents");
    }

    @GET
    @Path("/{id}")
    public Object detail(@PathParam("id") long id, @QueryParam("msg") String msg) {
        IncidentDetail d;
        try {
            d = reads.detail(id, user.actor());
        } catch (ApiException e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPage.data("title", e.title()).data("detail", e.getMessage()).data("active", "incidents"))
                    .build();
        }
        IncidentView i = d.incident();
        boolean manage = !user.actor().isDepartment() && i.mergedInto() == null
                && List.of("SUGGESTED", "OPEN", "IN_PROGRESS").contains(i.status());
        List<IncidentView> others = manage ? reads.list(null, user.actor(), 200).stream()
                .filter(o -> o.id() != id && List.of("SUGGESTED", "OPEN", "IN_PROGRESS").contains(o.status())).toList()
                : List.of();
        boolean working = "IN_PROGRESS".equals(i.status());
        return detailPage.data("d", d).data("i", i).data("canManage", manage).data("others", others)
                .data("suggestions", manage ? reads.suggestions(id, user.actor()) : List.of())
                .data("departments", departments.list()).data("etaInput", IncidentForms.input(i.eta()))
                .data("nextStatus", working ? "RESOLVED" : "IN_PROGRESS")
                .data("suggestedText", working ? "Arıza giderildi, çözüldü. Anlayışınız için teşekkür ederiz."
                        : "Ekiplerimiz arıza üzerinde çalışıyor.")
                .data("flash", msg == null ? null : FLASH.get(msg)).data("active", "incidents");
    }

    @POST
    @Path("/{id}/confirm")
    public Response confirm(@PathParam("id") long id) {
        return act(id, "confirmed", () -> manual.confirm(id, user.actor()));
    }

    @POST
    @Path("/{id}/dismiss")
    public Response dismiss(@PathParam("id") long id) {
        return act(id, "dismissed", () -> manual.dismiss(id, user.actor()));
    }

    /** One update answers all: text to every linked citizen, the incident's new status, optionally the ETA. */
    @POST
    @Path("/{id}/updates")
    public Response update(@PathParam("id") long id, @RestForm String text, @RestForm String status,
            @RestForm String eta) {
        return act(id, "updated", () -> broadcast.update(id, new UpdateRequest(text, status,
                IncidentForms.time(eta, "Tahmini bitiş")), user.actor()));
    }

    /** Estimated time of repair, department and title, without a message to citizens. */
    @POST
    @Path("/{id}/details")
    public Response details(@PathParam("id") long id, @RestForm String eta, @RestForm String department,
            @RestForm String title) {
        return act(id, "saved", () -> manual.patch(id, new PatchRequest(IncidentForms.blank(title),
                IncidentForms.time(eta, "Tahmini bitiş"), IncidentForms.blank(department)), user.actor()));
    }

    @POST
    @Path("/{id}/link")
    public Response link(@PathParam("id") long id, @RestForm String cases) {
        return act(id, "linked", () -> manual.link(id, IncidentForms.caseIds(cases), user.actor()));
    }

    @POST
    @Path("/{id}/cases/{caseId}/unlink")
    public Response unlink(@PathParam("id") long id, @PathParam("caseId") long caseId) {
        return act(id, "unlinked", () -> manual.unlink(id, caseId, user.actor()));
    }

    /** The other incident's reports move into this one. */
    @POST
    @Path("/{id}/merge")
    public Response merge(@PathParam("id") long id, @RestForm String otherId) {
        return act(id, "merged", () -> manual.merge(id, IncidentForms.id(otherId, "Birleştirilecek olay"),
                user.actor()));
    }

    /** The ticked reports leave for a new incident; the page of the new one is shown. */
    @POST
    @Path("/{id}/split")
    public Response split(@PathParam("id") long id, @RestForm List<String> caseIds, @RestForm String title) {
        return actThen(() -> manual.split(id, new CaseIds(IncidentForms.caseIds(caseIds == null ? null : String.join(",", caseIds)),
                IncidentForms.blank(title)), user.actor()), "split");
    }

    @POST
    @Path("/planned")
    public Response planned(@RestForm String department, @RestForm String district, @RestForm String neighborhood,
            @RestForm String start, @RestForm String end, @RestForm String announcement, @RestForm String title) {
        return actThen(() -> manual.planned(new PlannedRequest(IncidentForms.blank(department),
                IncidentForms.blank(district), IncidentForms.blank(neighborhood), IncidentForms.time(start, "Başlangıç"),
                IncidentForms.time(end, "Bitiş"), IncidentForms.blank(announcement), IncidentForms.blank(title)),
                user.actor()), "planned");
    }

    /** A moderator groups cases by hand. */
    @POST
    @Path("/create")
    public Response create(@RestForm String cases, @RestForm String title) {
        return actThen(() -> manual.create(new CaseIds(IncidentForms.caseIds(cases), IncidentForms.blank(title)),
                user.actor()), "created");
    }

    private Response act(long id, String msg, Supplier<?> action) {
        try {
            action.get();
        } catch (ApiException e) {
            return failure(e);
        }
        grouping.changed();
        return Response.ok().header("HX-Redirect", "/console/incidents/" + id + "?msg=" + msg).build();
    }

    private Response actThen(Supplier<IncidentView> action, String msg) {
        IncidentView v;
        try {
            v = action.get();
        } catch (ApiException e) {
            return failure(e);
        }
        grouping.changed();
        return Response.ok().header("HX-Redirect", "/console/incidents/" + v.id() + "?msg=" + msg).build();
    }

    /** A refused action: its message in the flash area, the page left as it is. */
    private Response failure(ApiException e) {
        return Response.ok(flashError.data("title", e.title()).data("detail", e.getMessage()).data("findings", List.of()))
                .header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML").build();
    }
}
