package tr.hemsehri.incident.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Supplier;
import tr.hemsehri.common.rest.Params;
import tr.hemsehri.incident.model.IncidentDtos.CaseIds;
import tr.hemsehri.incident.model.IncidentDtos.IncidentDetail;
import tr.hemsehri.incident.model.IncidentDtos.IncidentView;
import tr.hemsehri.incident.model.IncidentDtos.MergeRequest;
import tr.hemsehri.incident.model.IncidentDtos.PatchRequest;
import tr.hemsehri.incident.model.IncidentDtos.PlannedRequest;
import tr.hemsehri.incident.model.IncidentDtos.ProposedIncident;
import tr.hemsehri.incident.model.IncidentDtos.SuggestedCase;
import tr.hemsehri.incident.model.IncidentDtos.UpdateRequest;
import tr.hemsehri.incident.model.IncidentDtos.UpdateResult;
import tr.hemsehri.incident.service.IncidentBroadcast;
import tr.hemsehri.incident.service.IncidentGrouping;
import tr.hemsehri.incident.service.IncidentManualGrouping;
import tr.hemsehri.incident.service.IncidentReads;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

/** Incidents: many reports of one problem, answered once. Departments read the incidents of their department. */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN, Roles.DEPARTMENT})
public class IncidentResource {
    @Inject
    IncidentReads reads;
    @Inject
    IncidentManualGrouping manual;
    @Inject
    IncidentBroadcast broadcast;
    @Inject
    IncidentGrouping grouping;
    @Inject
    CurrentUser user;

    @GET
    public List<IncidentView> list(@QueryParam("status") String status, @QueryParam("size") String size) {
        return reads.list(status, user.actor(), Math.max(1, Math.min(200, Params.intValue("size", size, 50))));
    }

    /** Groups of ungrouped recent cases that may be one incident (a moderator opens them with POST /incidents). */
    @GET
    @Path("/proposals")
    public List<ProposedIncident> proposals() {
        return reads.proposals(user.actor());
    }

    @GET
    @Path("/{id}")
    public IncidentDetail get(@PathParam("id") long id) {
        return reads.detail(id, user.actor());
    }

    /** Ungrouped recent cases the incident may be missing, most probable first (a moderator links them). */
    @GET
    @Path("/{id}/suggestions")
    public List<SuggestedCase> suggestions(@PathParam("id") long id) {
        return reads.suggestions(id, user.actor());
    }

    @POST
    public IncidentView create(CaseIds req) {
        return changed(() -> manual.create(req, user.actor()));
    }

    @POST
    @Path("/planned")
    public IncidentView planned(PlannedRequest req) {
        return changed(() -> manual.planned(req, user.actor()));
    }

    @PATCH
    @Path("/{id}")
    public IncidentView patch(@PathParam("id") long id, PatchRequest req) {
        return manual.patch(id, req, user.actor());
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    public IncidentView confirm(@PathParam("id") long id) {
        return manual.confirm(id, user.actor());
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.WILDCARD)
    public IncidentView dismiss(@PathParam("id") long id) {
        return changed(() -> manual.dismiss(id, user.actor()));
    }

    @POST
    @Path("/{id}/updates")
    public UpdateResult update(@PathParam("id") long id, UpdateRequest req) {
        return changed(() -> broadcast.update(id, req, user.actor()));
    }

    @POST
    @Path("/{id}/cases")
    public IncidentView link(@PathParam("id") long id, CaseIds req) {
        return changed(() -> manual.link(id, req == null ? null : req.caseIds(), user.actor()));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/{id}/cases/{caseId}")
    public IncidentView unlink(@PathParam("id") long id, @PathParam("caseId") long caseId) {
        return changed(() -> manual.unlink(id, caseId, user.actor()));
    }

    @POST
    @Path("/{id}/merge")
    public IncidentView merge(@PathParam("id") long id, MergeRequest req) {
        return changed(() -> manual.merge(id, req == null ? null : req.otherId(), user.actor()));
    }

    @POST
    @Path("/{id}/split")
    public IncidentView split(@PathParam("id") long id, CaseIds req) {
        return changed(() -> manual.split(id, req, user.actor()));
    }

    /** After a committed manual change the grouping index is rebuilt. */
    private <T> T changed(Supplier<T> action) {
        T out = action.get();
        grouping.changed();
        return out;
    }
}
