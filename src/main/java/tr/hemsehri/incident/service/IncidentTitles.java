package tr.hemsehri.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.hemsehri.department.repository.Department;
import tr.hemsehri.department.service.DepartmentService;
import tr.hemsehri.incident.grouping.Report;

/** The titles a new incident gets: department, then the place, the transport line or the named structure. */
@ApplicationScoped
public class IncidentTitles {
    @Inject
    DepartmentService departments;

    /** "Ulaşım — 202 hattı", "Ulaşım — Metro hattı". */
    String lineTitle(Long departmentId, String line) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        String name = switch (line) {
            case "metro" -> "Metro";
            case "tram" -> "Tramvay";
            case "izban" -> "İZBAN";
            case "ferry" -> "Vapur";
            case "marmaray" -> "Marmaray";
            case "metrobus" -> "Metrobüs";
            default -> line.startsWith("bus:") ? line.substring(4) : line;
        };
        return (d == null ? "Olay" : d.name) + " — " + name + " hattı";
    }

    /** "Su ve Kanalizasyon — Halkapınar alt geçidi" (the name as the report wrote it is not kept: folded). */
    String structureTitle(Long departmentId, Report r, String structure) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        int colon = structure.indexOf(':');
        String kind = switch (structure.substring(0, colon)) {
            case "altgecit" -> "alt geçidi";
            case "ustgecit" -> "üst geçidi";
            case "kopru" -> "köprüsü";
            case "kavsak" -> "kavşağı";
            case "iskele" -> "iskelesi";
            case "istasyon" -> "istasyonu";
            case "yer" -> "";
            default -> "tüneli";
        };
        String name = structure.substring(colon + 1);
        if (name.indexOf('/') >= 0) {
            name = name.substring(name.indexOf('/') + 1); // unnamed: "district/mahalle" keys, titled by the mahalle
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String where = r.district() == null ? "" : " (" + r.district() + ")";
        return (d == null ? "Olay" : d.name) + " — " + (name + " " + kind).trim() + where;
    }

    String title(Long departmentId, String district, String neighborhood) {
        Department d = departmentId == null ? null : departments.byId(departmentId);
        String place = neighborhood != null ? district + " / " + neighborhood : district;
        return (d == null ? "Olay" : d.name) + " — " + place;
    }
}
