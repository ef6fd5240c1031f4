package tr.hemsehri.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import tr.hemsehri.ingest.model.IngestResult;
import tr.hemsehri.ingest.service.ManualIngestService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

@Path("/api/v1/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class MessageResource {
    public record Created(String externalId, boolean duplicate, Long caseId, String reference) {
    }

    @Inject
    ManualIngestService service;
    @Inject
    CurrentUser user;

    @POST
    public Response submit(ManualMessage message) {
        ManualIngestService.Outcome outcome = service.submit(message, user.name());
        IngestResult r = outcome.result();
        Long caseId = r.caseIds().isEmpty() ? null : r.caseIds().get(0);
        Created body = new Created(outcome.externalId(), r.stored() == 0, caseId,
                tr.hemsehri.moderation.repository.CaseEntity.reference(caseId));
        return Response.status(r.stored() == 0 ? 200 : 201).entity(body).build();
    }
}
