package tr.hemsehri.incident.console;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/** Turkish labels for incidents in the console templates: {inc:status(i.status)}, {inc:badge(i.status)}. */
@TemplateExtension(namespace = "inc")
public final class IncidentFormat {
    static final Map<String, String> STATUS = Map.of("SUGGESTED", "Önerilen", "OPEN", "Açık",
            "IN_PROGRESS", "Çalışılıyor", "RESOLVED", "Çözüldü", "DISMISSED", "Reddedildi", "MERGED", "Birleştirildi");
    /** Reuses the console's badge colours: suggested ones stand out like an SLA warning. */
    static final Map<String, String> BADGE = Map.of("SUGGESTED", "sla-soon", "OPEN", "st-new",
            "IN_PROGRESS", "st-in-progress", "RESOLVED", "st-resolved", "DISMISSED", "st-closed", "MERGED", "st-closed");
    static final Map<String, String> KIND = Map.of("DETECTED", "Otomatik", "MANUAL", "Elle", "PLANNED", "Planlı kesinti");
    static final Map<String, String> LINK = Map.of("AUTO", "benzerlik", "SPIKE", "erken uyarı", "PLANNED", "planlı kesinti",
            "MANUAL", "elle");

    private IncidentFormat() {
    }

    public static String status(Object s) {
        return s == null ? "" : STATUS.getOrDefault(s.toString(), s.toString());
    }

    public static String badge(Object s) {
        return s == null ? "" : BADGE.getOrDefault(s.toString(), "");
    }

    public static String kind(Object s) {
        return s == null ? "" : KIND.getOrDefault(s.toString(), s.toString());
    }

    public static String link(Object s) {
        return s == null ? "" : LINK.getOrDefault(s.toString(), s.toString());
    }

    /** A probability as a whole percentage ("78"); Turkish writes the sign first (%78). */
    public static String percent(Object p) {
        return p instanceof Number n ? String.valueOf(Math.round(n.doubleValue() * 100)) : "";
    }
}
