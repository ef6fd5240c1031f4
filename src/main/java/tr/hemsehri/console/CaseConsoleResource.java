package tr.hemsehri.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.moderation.model.CaseDetail;
import tr.hemsehri.moderation.model.ClassificationChange;
import tr.hemsehri.moderation.service.CaseService;
import tr.hemsehri.moderation.service.QueueService;
import tr.hemsehri.nlp.Category;
import tr.hemsehri.security.CurrentUser.Actor;
import tr.hemsehri.workflow.model.ForwardRequest;
import tr.hemsehri.workflow.model.ReplyRequest;
import tr.hemsehri.workflow.model.WorkflowView;
import tr.hemsehri.workflow.repository.Reply;
import tr.hemsehri.workflow.service.DepartmentInbox;
import tr.hemsehri.workflow.service.ModeratorActions;
import tr.hemsehri.workflow.service.PiiGuard;
import tr.hemsehri.workflow.service.ReplyService;
import tr.hemsehri.workflow.service.WorkflowQueries;

/**
 * The case page and everything done from it. Actions answer htmx with HX-Redirect back to the page (so the
 * whole state is redrawn from the database), or, when a service refuses, with its Turkish message in the
 * page's flash area.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class CaseConsoleResource {
    @Inject
    ConsoleContext console;
    @Inject
    CaseService caseService;
    @Inject
    QueueService queue;
    @Inject
    WorkflowQueries workflow;
    @Inject
    ModeratorActions moderator;
    @Inject
    DepartmentInbox inbox;
    @Inject
    ReplyService replies;
    @Inject
    DepartmentService departments;
    @Inject
    CaseView view;

    @Location("console/case.html")
    Template casePage;
    @Location("console/error.html")
    Template errorPage;
    @Location("console/fragments/chips.html")
    Template chips;
    @Location("console/fragments/composer-text.html")
    Template composerText;
    @Location("console/fragments/pii.html")
    Template piiTemplate;
    @Location("console/fragments/flash-error.html")
    Template flashError;

    @GET
    @Path("cases/{id}")
    public Object page(@PathParam("id") long id, @QueryParam("msg") String msg) {
        Actor actor = console.actor();
        CaseDetail detail;
        WorkflowView wf;
        try {
            detail = caseService.detail(id, actor);
            wf = workflow.view(id, actor);
        } catch (ApiException e) {
            return Response.status(e.status()).entity(errorPage.data("title", e.title()).data("detail", e.getMessage()).data("active", "queue"))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        List<ThreadItem> thread = view.thread(detail, id);
        return casePage.data("c", detail.summary()).data("detail", detail).data("wf", wf)
                .data("publicThread", thread.stream().filter(t -> "PUBLIC".equals(t.visibility())).toList())
                .data("privateThread", thread.stream().filter(t -> "PRIVATE".equals(t.visibility())).toList())
                .data("departments", departments.list())
                .data("templates", view.templates())
                .data("dueIfForwarded", wf.allowedTransitions().contains("FORWARDED") ? view.dueIfForwardedNow(id) : null)
                .data("pendingReplies", wf.replies().stream().filter(r -> "PENDING_APPROVAL".equals(r.status())).toList())
                .data("failedDeliveries", wf.deliveries().stream().filter(d -> "FAILED".equals(d.status())
                        || d.lastError() != null).toList())
                .data("mine", console.getUser().equals(detail.summary().assignee()))
                .data("flash", Flash.of(msg)).data("active", console.isDepartment() ? "inbox" : "queue");
    }

    // ---- moderator actions

    @POST
    @Path("cases/{id}/claim")
    public Response claim(@PathParam("id") long id) {
        return act(id, "claimed", () -> queue.claim(id, console.actor()));
    }

    @POST
    @Path("cases/{id}/release")
    public Response release(@PathParam("id") long id) {
        return act(id, "released", () -> queue.release(id, console.actor(), console.isAdmin()));
    }

    @POST
    @Path("cases/{id}/triage")
    public Response triage(@PathParam("id") long id) {
        return act(id, "triaged", () -> moderator.triage(id, console.actor()));
    }

    @POST
    @Path("cases/{id}/close")
    public Response close(@PathParam("id") long id, @RestForm String note) {
        return act(id, "closed", () -> moderator.close(id, note, console.actor()));
    }

    @POST
    @Path("cases/{id}/refer")
    public Response refer(@PathParam("id") long id, @RestForm String institution) {
        return act(id, "referred", () -> moderator.refer(id, institution, console.actor()));
    }

    @POST
    @Path("cases/{id}/forward")
    public Response forward(@PathParam("id") long id, @RestForm String department, @RestForm String note,
            @RestForm String notifyCitizen) {
        return act(id, "forwarded", () -> moderator.forward(id, new ForwardRequest(blank(department), blank(note),
                notifyCitizen != null), console.actor()));
    }

    /** One classification chip corrected in place; answers with the redrawn chips. */
    @POST
    @Path("cases/{id}/classify")
    public Response classify(@PathParam("id") long id, @RestForm String field, @RestForm String value) {
        String v = value == null ? "" : value.trim();
        ClassificationChange change = switch (field == null ? "" : field) {
            case "category" -> new ClassificationChange(v.isEmpty() ? null : Category.valueOf(v), null, null, null, null, null);
            case "department" -> new ClassificationChange(null, v.isEmpty() ? null : v, null, null, null, null);
            case "urgent" -> new ClassificationChange(null, null, Boolean.parseBoolean(v), null, null, null);
            case "district" -> new ClassificationChange(null, null, null, v, null, null);
            case "neighborhood" -> new ClassificationChange(null, null, null, null, v, null);
            default -> throw ApiException.badRequest("Bilinmeyen alan: " + field);
        };
        try {
            CaseDetail d = caseService.reclassify(id, change, console.actor());
            return Response.ok(chips.data("c", d.summary()).data("detail", d)
                    .data("departments", departments.list()).data("chipSaved", field)).build();
        } catch (ApiException e) {
            return failure(e);
        }
    }

    @POST
    @Path("cases/{id}/reply")
    public Response reply(@PathParam("id") long id, @RestForm String visibility, @RestForm String template,
            @RestForm String text, @RestForm String maskPii) {
        String key = blank(template);
        String body = text == null ? "" : text.trim();
        // the template's own text (with the case's variables) is sent as the template; an edited text as free text
        boolean unchanged = key != null && body.equals(view.render(id, key).trim());
        ReplyRequest req = new ReplyRequest(visibility == null ? "PUBLIC" : visibility, unchanged ? key : null,
                unchanged ? null : body, null, maskPii != null);
        try {
            Reply r = replies.reply(id, req, console.actor());
            return redirect(id, "PENDING_APPROVAL".equals(r.status) ? "pending" : "replied");
        } catch (ApiException e) {
            return failure(e);
        }
    }

    /** Fills the composer with a template's text for this case. */
    @GET
    @Path("cases/{id}/template")
    public TemplateInstance template(@PathParam("id") long id, @QueryParam("template") String key) {
        caseService.summary(id, console.actor());
        return composerText.data("text", view.render(id, key));
    }

    /** Live personal-data warnings while the moderator types (htmx, with a short delay). */
    @POST
    @Path("pii")
    public TemplateInstance pii(@RestForm String text, @RestForm String visibility) {
        List<PiiGuard.Finding> findings = PiiGuard.scan(text == null ? "" : text);
        return piiTemplate.data("findings", findings)
                .data("isPublic", visibility == null || "PUBLIC".equals(visibility))
                .data("length", text == null ? 0 : text.length());
    }

    @POST
    @Path("replies/{rid}/approve")
    public Response approve(@PathParam("rid") long rid, @RestForm long caseId) {
        return act(caseId, "approved", () -> replies.approve(rid, console.actor()));
    }

    @POST
    @Path("replies/{rid}/reject")
    public Response reject(@PathParam("rid") long rid, @RestForm long caseId, @RestForm String reason) {
        return act(caseId, "rejected", () -> replies.reject(rid, blank(reason), console.actor()));
    }

    // ---- department actions

    @POST
    @Path("cases/{id}/accept")
    public Response accept(@PathParam("id") long id) {
        return act(id, "accepted", () -> inbox.accept(id, console.actor()));
    }

    @POST
    @Path("cases/{id}/note")
    public Response note(@PathParam("id") long id, @RestForm String text) {
        return act(id, "noted", () -> inbox.note(id, text, console.actor()));
    }

    @POST
    @Path("cases/{id}/send-back")
    public Response sendBack(@PathParam("id") long id, @RestForm String reason) {
        return actThen(() -> inbox.sendBack(id, reason, console.actor()), "/console/inbox?msg=sentback");
    }

    @POST
    @Path("cases/{id}/resolve")
    public Response resolve(@PathParam("id") long id, @RestForm String text) {
        return act(id, "resolved", () -> inbox.resolve(id, text, console.actor()));
    }

    private Response act(long id, String msg, Supplier<?> action) {
        return actThen(action, "/console/cases/" + id + "?msg=" + msg);
    }

    private Response actThen(Supplier<?> action, String to) {
        try {
            action.get();
            return Response.ok().header("HX-Redirect", to).build();
        } catch (ApiException e) {
            return failure(e);
        }
    }

    private static Response redirect(long id, String msg) {
        return Response.ok().header("HX-Redirect", "/console/cases/" + id + "?msg=" + msg).build();
    }

    /** A refused action: its message in the flash area, the page left as it is. */
    @SuppressWarnings("unchecked")
    Response failure(ApiException e) {
        StringBuilder detail = new StringBuilder(e.getMessage() == null ? "" : e.getMessage());
        Object findings = e.extensions().get("findings");
        List<Map<String, Object>> list = findings instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
        return Response.ok(flashError.data("title", e.title()).data("detail", detail.toString())
                .data("findings", list))
                .header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML").build();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
