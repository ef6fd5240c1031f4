package tr.hemsehri.moderation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.moderation.service.CorrectionExport;
import tr.hemsehri.security.Roles;

@Path("/api/v1/corrections/export")
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR})
public class CorrectionResource {
    @Inject
    CorrectionExport export;

    /** Corrections since {@code since} (ISO-8601, default: all) as JSON Lines for `Train --extra`. */
    @GET
    @Produces("application/x-ndjson")
    public String export(@QueryParam("since") String since) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'since' ISO-8601 biçiminde olmalı, örn. 2026-11-01T00:00:00Z");
        }
        return export.jsonLines(from);
    }
}
