package tr.hemsehri.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tr.hemsehri.moderation.model.CaseSummary;
import tr.hemsehri.moderation.service.QueueService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

@Path("/api/v1/queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class QueueResource {
    @Inject
    QueueService queue;
    @Inject
    CurrentUser user;

    /** Hands the caller the next unclaimed case, claimed for them; 204 when the queue is empty. */
    @POST
    @Path("/next")
    public Response next() {
        CaseSummary next = queue.next(user.actor());
        return next == null ? Response.noContent().build() : Response.ok(next).build();
    }
}
