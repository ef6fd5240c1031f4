package tr.hemsehri.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;
import tr.hemsehri.workflow.repository.Notification;
import tr.hemsehri.workflow.service.WorkflowQueries;

/** What needs a supervisor's attention: escalations and notifications. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class EscalationResource {
    public record NotificationView(Long id, Long caseId, String text, Instant createdAt) {
    }

    @Inject
    WorkflowQueries queries;
    @Inject
    CurrentUser user;

    @GET
    @Path("/escalations")
    public WorkflowQueries.Escalations escalations() {
        return queries.escalations();
    }

    @GET
    @Path("/notifications")
    @Transactional
    public List<NotificationView> notifications() {
        return Notification.unreadFor(user.id(), 50).stream()
                .map(n -> new NotificationView(n.id, n.caseId, n.text, n.createdAt)).toList();
    }

    @POST
    @Path("/notifications/{id}/read")
    @Transactional
    public NotificationView read(@PathParam("id") long id) {
        Notification n = Notification.findById(id);
        if (n == null || (n.userId != null && !n.userId.equals(user.id()))) {
            throw ApiException.notFound("Bildirim bulunamadı: " + id);
        }
        n.readAt = Instant.now();
        return new NotificationView(n.id, n.caseId, n.text, n.createdAt);
    }
}
