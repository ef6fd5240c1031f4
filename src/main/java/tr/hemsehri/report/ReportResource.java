package tr.hemsehri.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tr.hemsehri.common.rest.ApiException;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.security.CurrentUser;
import tr.hemsehri.security.Roles;

/** Report figures as JSON and CSV. A department user always gets its own department's figures. */
@Path("/api/v1/reports")
@RolesAllowed({Roles.ADMIN, Roles.MODERATOR, Roles.DEPARTMENT})
public class ReportResource {
    @Inject
    ReportService reports;
    @Inject
    CurrentUser user;
    @Inject
    DepartmentService departments;

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    public Report summary(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department) {
        return reports.report(date(from, "from"), date(to, "to"), scope(user, departments, department));
    }

    @GET
    @Path("summary.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department) {
        return csvResponse(reports, reports.report(date(from, "from"), date(to, "to"),
                scope(user, departments, department)));
    }

    /** The CSV download of a report; shared with the console's session-authenticated route. */
    public static Response csvResponse(ReportService reports, Report r) {
        return Response.ok(reports.csv(r), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"hemsehri-rapor-" + r.from() + "-" + r.to()
                        + (r.department() == null ? "" : "-" + r.department()) + ".csv\"").build();
    }

    /** The department a caller may see: its own for department users, the requested one otherwise. */
    public static String scope(CurrentUser user, DepartmentService departments, String requested) {
        if (user.isDepartment()) {
            Department d = departments.byId(user.departmentId());
            return d == null ? null : d.code;
        }
        return requested == null || requested.isBlank() ? null : requested;
    }

    public static LocalDate date(String s, String name) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' tarihi YYYY-AA-GG biçiminde olmalı");
        }
    }
}
