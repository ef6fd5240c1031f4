package tr.hemsehri.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.report.Report;
import tr.hemsehri.report.ReportResource;
import tr.hemsehri.report.ReportService;
import tr.hemsehri.security.CurrentUser;

/** Reports with charts, and the printable weekly report a department receives. */
@Path("/console/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportConsoleResource {
    @Inject
    ReportService reports;
    @Inject
    DepartmentService departments;
    @Inject
    CurrentUser user;

    @Location("console/reports.html")
    Template page;
    @Location("console/weekly.html")
    Template weekly;

    @GET
    public TemplateInstance reports(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department) {
        Report r = reports.report(ReportResource.date(from, "from"), ReportResource.date(to, "to"),
                ReportResource.scope(user, departments, department));
        return page.data("r", r).data("departments", departments.list()).data("chartJson", json(chartData(r))).data("active", "reports")
                .data("query", "from=" + r.from() + "&to=" + r.to() + (r.department() == null ? "" : "&department="
                        + r.department()));
    }

    /**
     * The same CSV as the API's, for a browser with a console session: the API takes only Basic/Bearer and the
     * session cookie never travels outside /console.
     */
    @GET
    @Path("summary.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("department") String department) {
        return ReportResource.csvResponse(reports, reports.report(ReportResource.date(from, "from"),
                ReportResource.date(to, "to"), ReportResource.scope(user, departments, department)));
    }

    /** The last seven days (or the seven days ending on {@code to}) for one department, laid out for printing. */
    @GET
    @Path("weekly")
    public TemplateInstance weekly(@QueryParam("to") String to, @QueryParam("department") String department) {
        LocalDate end = ReportResource.date(to, "to");
        if (end == null) {
            end = LocalDate.now(ReportService.ZONE);
        }
        Report r = reports.report(end.minusDays(6), end, ReportResource.scope(user, departments, department));
        return weekly.data("r", r).data("departments", departments.list()).data("chartJson", json(chartData(r))).data("active", "reports");
    }

    static String json(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The chart series as plain maps; the template writes them with Qute's JSON-safe escaping into data- attributes. */
    static Map<String, Object> chartData(Report r) {
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<String> channels = new TreeSet<>();
        for (Report.DayCount d : r.byDay()) {
            days.add(d.day());
            channels.add(d.channel());
        }
        List<String> labels = new ArrayList<>();
        for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
            labels.add(d.toString());
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (String ch : channels) {
            List<Long> values = new ArrayList<>();
            for (String l : labels) {
                values.add(r.byDay().stream().filter(x -> x.channel().equals(ch) && x.day().toString().equals(l))
                        .mapToLong(Report.DayCount::count).sum());
            }
            series.put(ConsoleFormat.platform(ch), values);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("days", labels);
        out.put("series", series);
        out.put("categories", r.byCategory().stream().map(c -> ConsoleFormat.category(c.key())).toList());
        out.put("categoryCounts", r.byCategory().stream().map(Report.Count::count).toList());
        out.put("departments", r.byDepartment().stream().map(Report.Count::label).toList());
        out.put("departmentCounts", r.byDepartment().stream().map(Report.Count::count).toList());
        out.put("scores", r.satisfaction().scores().stream().map(Report.Count::count).toList());
        return out;
    }
}
