package tr.hemsehri.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.common.rest.Params;
import tr.hemsehri.moderation.model.CaseFilter;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.model.Page;
import tr.hemsehri.moderation.service.CaseService;
import tr.hemsehri.moderation.service.QueueService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;
import tr.hemsehri.workflow.model.DepartmentAction;
import tr.hemsehri.workflow.service.DepartmentInbox;

/** A department's own inbox: only cases forwarded to it. */
@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DEPARTMENT, Roles.ADMIN})
public class InboxResource {
    @Inject
    DepartmentInbox inbox;
    @Inject
    QueueService queue;
    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    public Page<CaseSummary> list(@QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (!user.actor().isDepartment()) {
            throw ApiException.forbidden("Gelen kutusu birim kullanıcılarına aittir; yöneticiler kuyruğu kullanır");
        }
        CaseFilter filter = new CaseFilter(Params.enumValue("status", status, CaseStatus.class), null, null, null,
                null, null, null, null, Params.text(q));
        return queue.list(filter, Params.intValue("page", page, 0), Params.intValue("size", size, 20), user.actor());
    }

    @POST
    @Path("/{id}/accept")
    public CaseSummary accept(@PathParam("id") long id) {
        inbox.accept(id, user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/{id}/notes")
    public CaseSummary note(@PathParam("id") long id, DepartmentAction action) {
        inbox.note(id, action == null ? null : action.text(), user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/{id}/send-back")
    public SentBack sendBack(@PathParam("id") long id, DepartmentAction action) {
        var c = inbox.sendBack(id, action == null ? null : action.text(), user.actor());
        // The case has left the department's view, so only its new state is returned.
        return new SentBack(c.id, c.reference(), c.status.name());
    }

    public record SentBack(Long id, String reference, String status) {
    }

    @POST
    @Path("/{id}/resolve")
    public CaseSummary resolve(@PathParam("id") long id, DepartmentAction action) {
        inbox.resolve(id, action == null ? null : action.text(), user.actor());
        return cases.summary(id, user.actor());
    }
}
