package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The pool's second chance: see {@link #sweep}. Not thread-safe (the engine's callers synchronise). */
final class StreetSweep {
    private final OpenIncidents open;
    private final ReportPool pool;
    private final JoinRules rules;

    StreetSweep(OpenIncidents open, ReportPool pool, JoinRules rules) {
        this.open = open;
        this.pool = pool;
        this.rules = rules;
    }

    /**
     * Second chance for the pool: "Menderes caddesinde boru patladı" waited alone until the water cut's incident
     * learned, from a later member, that the burst is on Menderes Caddesi. Pooled reports of the incident's
     * district (or of no place) naming a street it has just learned join it when they match it now.
     */
    List<Report> sweep(Group g, Set<String> streets, Report joined, Duration poolWindow,
            Function<Report, String> poolKey) {
        List<Report> out = null;
        for (String a : streets) {
            for (Report p : List.copyOf(pool.naming(a))) {
                if (p == joined || p.at().plus(poolWindow).isBefore(joined.at())
                        || p.districtKey() != null && !p.districtKey().equals(g.districtKey)) {
                    continue;
                }
                if (p.districtKey() == null && !open.onlyDistrictNaming(a, g.districtKey)) {
                    continue; // "Atatürk Caddesi" of two districts: a report of no place cannot be told apart
                }
                Report placed = p.districtKey() == null ? p.at(g.district, g.neighborhood) : p;
                if (rules.matches(g, placed, g.similarity(placed.text()))) {
                    pool.removeAll(poolKey.apply(p), List.of(p));
                    open.addMember(g, placed);
                    if (out == null) {
                        out = new ArrayList<>(2);
                    }
                    out.add(placed);
                }
            }
        }
        return out == null ? List.of() : out;
    }
}
