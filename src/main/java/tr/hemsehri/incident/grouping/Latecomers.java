package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reports that came before their incident: a placeless one naming a mahalle or a bus number bare waits
 * ({@link PlacelessWaiting}); a pooled one naming a line's number bare waits under its district. When an incident
 * opens or reaches a mahalle, those it now explains join it. Not thread-safe (the engine's callers synchronise).
 */
final class Latecomers {
    private final Thresholds t;
    private final PlacelessWaiting waiting;
    private final PoolSweep sweep;
    private final JoinRules rules;
    private final OpenIncidents open;
    private final Duration poolWindow;
    private final Function<Report, Report> place;
    private final Function<Report, String> poolKey;

    Latecomers(Thresholds t, ActiveDistricts.Names names, PoolSweep sweep, JoinRules rules, OpenIncidents open,
            Duration poolWindow, Function<Report, Report> place, Function<Report, String> poolKey) {
        this.t = t;
        this.waiting = new PlacelessWaiting(names);
        this.sweep = sweep;
        this.rules = rules;
        this.open = open;
        this.poolWindow = poolWindow;
        this.place = place;
        this.poolKey = poolKey;
    }

    /** Keeps a report of no place, line or structure that names a mahalle or a number; false: nothing to wait for. */
    boolean waitFor(Report r) {
        return t.placeFromContext() && !r.text().isEmpty() && r.line() == null && r.structure() == null
                && waiting.offer(r, poolWindow);
    }

    /** The waiting reports that join the incident now it covers these mahalles (added to it). */
    List<Report> reached(Group g, Set<String> areaKeys, Instant now) {
        if (!t.placeFromContext()) {
            return List.of();
        }
        List<Report> more = waiting.reached(g, areaKeys, now, poolWindow, place, rules);
        for (Report m : more) {
            open.addMember(g, m);
        }
        return more;
    }

    /** The incident has just opened: the waiting reports of its mahalles, and for a bus line those naming its number. */
    List<Report> opened(Group g, Instant now) {
        List<Report> more = reached(g, g.areaKeys(), now);
        if (!t.poolToNewIncident()) {
            return List.of(); // as the pool: those who wrote before stay where they are
        }
        if (g.line == null || !g.line.startsWith("bus:") || !t.placeFromContext()) {
            return more;
        }
        List<Report> out = new ArrayList<>(more);
        out.addAll(sweep.line(g, now, poolWindow, place, poolKey));
        List<Report> placeless = waiting.reachedLine(g, now, poolWindow, place, rules);
        placeless.forEach(m -> open.addMember(g, m));
        out.addAll(placeless);
        return out;
    }

    void clear() {
        waiting.clear();
    }
}
