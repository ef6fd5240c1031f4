package tr.hemsehri.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.common.rest.Params;
import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.moderation.model.CaseDetail;
import tr.hemsehri.moderation.model.CaseFilter;
import tr.hemsehri.moderation.model.CaseStatus;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.model.ClassificationChange;
import tr.hemsehri.moderation.model.Page;
import tr.hemsehri.moderation.service.CaseService;
import tr.hemsehri.moderation.service.QueueService;
import tr.hemsehri.nlp.Category;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    @Inject
    QueueService queue;
    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public Page<CaseSummary> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("urgent") String urgent, @QueryParam("platform") String platform,
            @QueryParam("department") String department, @QueryParam("district") String district,
            @QueryParam("neighborhood") String neighborhood, @QueryParam("assignee") String assignee,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        CaseFilter filter = new CaseFilter(
                Params.enumValue("status", status, CaseStatus.class),
                Params.enumValue("category", category, Category.class),
                Params.boolValue("urgent", urgent),
                Params.enumValue("platform", platform, Platform.class),
                Params.text(department), Params.text(district), Params.text(neighborhood), Params.text(assignee),
                Params.text(q));
        if (filter.q() != null && filter.q().length() > 200) {
            throw ApiException.badRequest("'q' en fazla 200 karakter olabilir");
        }
        return queue.list(filter, Params.intValue("page", page, 0), Params.intValue("size", size, 20), user.actor());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR, Roles.DEPARTMENT})
    public CaseDetail get(@PathParam("id") long id) {
        return cases.detail(id, user.actor());
    }

    @PATCH
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseDetail reclassify(@PathParam("id") long id, ClassificationChange change) {
        if (change == null) {
            throw ApiException.badRequest("İstek gövdesi boş");
        }
        return cases.reclassify(id, change, user.actor());
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary claim(@PathParam("id") long id) {
        return queue.claim(id, user.actor());
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary release(@PathParam("id") long id) {
        return queue.release(id, user.actor(), user.isAdmin());
    }
}
