package tr.hemsehri.connector.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tr.hemsehri.connector.service.ConnectorStatusService;
import tr.hemsehri.security.Roles;

@Path("/api/v1/connectors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class ConnectorResource {
    @Inject
    ConnectorStatusService status;

    /** Every channel's state, so moderators can tell a broken channel from a quiet one. */
    @GET
    public List<ConnectorStatus> list() {
        return status.list();
    }
}
