package tr.hemsehri.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.service.CaseService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;
import tr.hemsehri.workflow.model.ForwardRequest;
import tr.hemsehri.workflow.model.ReplyRequest;
import tr.hemsehri.workflow.model.WorkflowView;
import tr.hemsehri.workflow.service.ModeratorActions;
import tr.hemsehri.workflow.service.ReplyService;
import tr.hemsehri.workflow.service.WorkflowQueries;

/** A moderator's actions on one case. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowResource {
    public record ReferRequest(String institution) {
    }

    public record CloseRequest(String note) {
    }

    public record ReopenRequest(String reason) {
    }

    @Inject
    ModeratorActions actions;
    @Inject
    ReplyService replies;
    @Inject
    WorkflowQueries queries;
    @Inject
    CaseService cases;
    @Inject
    CurrentUser user;

    @GET
    @Path("/workflow")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR, Roles.DEPARTMENT})
    public WorkflowView workflow(@PathParam("id") long id) {
        return queries.view(id, user.actor());
    }

    @POST
    @Path("/replies")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public Response reply(@PathParam("id") long id, ReplyRequest request) {
        var r = replies.reply(id, request, user.actor());
        return Response.status(202).entity(ReplyResource.view(r)).build();
    }

    @POST
    @Path("/triage")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary triage(@PathParam("id") long id) {
        actions.triage(id, user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/forward")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary forward(@PathParam("id") long id, ForwardRequest request) {
        actions.forward(id, request, user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/refer")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary refer(@PathParam("id") long id, ReferRequest request) {
        actions.refer(id, request == null ? null : request.institution(), user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/close")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary close(@PathParam("id") long id, CloseRequest request) {
        actions.close(id, request == null ? null : request.note(), user.actor());
        return cases.summary(id, user.actor());
    }

    @POST
    @Path("/reopen")
    @RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
    public CaseSummary reopen(@PathParam("id") long id, ReopenRequest request) {
        actions.reopen(id, request == null ? null : request.reason(), user.actor());
        return cases.summary(id, user.actor());
    }
}
