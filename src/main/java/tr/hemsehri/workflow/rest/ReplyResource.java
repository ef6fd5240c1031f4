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
import java.util.List;
import java.util.Map;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;
import tr.hemsehri.workflow.model.WorkflowView;
import tr.hemsehri.workflow.repository.Reply;
import tr.hemsehri.workflow.service.PiiGuard;
import tr.hemsehri.workflow.service.ReplyService;
import tr.hemsehri.workflow.service.TemplateService;

/** Reply approval, templates and the personal-data check the composer calls while a moderator types. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class ReplyResource {
    public record RejectRequest(String reason) {
    }

    public record PiiCheckRequest(String text) {
    }

    @Inject
    ReplyService replies;
    @Inject
    TemplateService templates;
    @Inject
    CurrentUser user;

    @GET
    @Path("/replies/pending")
    public List<WorkflowView.ReplyView> pending() {
        return replies.pendingApproval().stream().map(ReplyResource::view).toList();
    }

    @POST
    @Path("/replies/{id}/approve")
    public WorkflowView.ReplyView approve(@PathParam("id") long id) {
        return view(replies.approve(id, user.actor()));
    }

    @POST
    @Path("/replies/{id}/reject")
    public WorkflowView.ReplyView reject(@PathParam("id") long id, RejectRequest request) {
        return view(replies.reject(id, request == null ? null : request.reason(), user.actor()));
    }

    @GET
    @Path("/templates")
    public Map<String, String> templates() {
        return templates.all();
    }

    @POST
    @Path("/pii/check")
    public List<PiiGuard.Finding> piiCheck(PiiCheckRequest request) {
        if (request == null || request.text() == null) {
            throw ApiException.badRequest("'text' zorunlu");
        }
        return PiiGuard.scan(request.text());
    }

    static WorkflowView.ReplyView view(Reply r) {
        return new WorkflowView.ReplyView(r.id, r.visibility, r.text, r.template, r.status, r.piiMasked, r.externalId,
                r.error, r.createdAt, r.sentAt);
    }
}
