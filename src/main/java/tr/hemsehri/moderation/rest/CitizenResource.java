package tr.hemsehri.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.model.CitizenProfile;
import tr.hemsehri.moderation.service.CitizenService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

@Path("/api/v1/citizens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class CitizenResource {
    @Inject
    CitizenService citizens;
    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    public CitizenProfile get(@PathParam("id") long id) {
        return citizens.profile(id, user.actor());
    }

    @POST
    @Path("/{id}/link")
    @Consumes(MediaType.APPLICATION_JSON)
    public CitizenProfile link(@PathParam("id") long id, CitizenProfile.LinkRequest body) {
        return citizens.link(id, otherId(body), user.actor());
    }

    @POST
    @Path("/{id}/unlink")
    @Consumes(MediaType.APPLICATION_JSON)
    public CitizenProfile unlink(@PathParam("id") long id, CitizenProfile.LinkRequest body) {
        return citizens.unlink(id, otherId(body), user.actor());
    }

    private static Long otherId(CitizenProfile.LinkRequest body) {
        if (body == null) {
            throw ApiException.badRequest("İstek gövdesi boş; {\"otherId\": <vatandaş numarası>} bekleniyor");
        }
        return body.otherId();
    }
}
