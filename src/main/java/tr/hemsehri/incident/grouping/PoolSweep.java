package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The pool's second chance: pooled reports join an incident when it learns what they name (a street, a mahalle) or
 * opens where they wait. Not thread-safe (the engine's callers synchronise).
 */
final class PoolSweep {
    private final OpenIncidents open;
    private final ReportPool pool;
    private final JoinRules rules;

    PoolSweep(OpenIncidents open, ReportPool pool, JoinRules rules) {
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

    /**
     * The incident has just reached a mahalle: the pooled reports of that mahalle (same district, within the pool
     * window) that match it now join it, as they would have had they arrived after this member.
     */
    List<Report> mahalle(Group g, String districtKey, Report joined, Duration poolWindow,
            Function<Report, String> poolKey) {
        List<Report> out = null;
        for (Report p : List.copyOf(pool.in(joined.neighborhoodKey()))) {
            if (p == joined || p.at().plus(poolWindow).isBefore(joined.at()) || !districtKey.equals(p.districtKey())
                    || !districtKey.equals(poolKey.apply(p)) || !rules.matches(g, p, g.similarity(p.text()))) {
                continue;
            }
            pool.removeAll(districtKey, List.of(p));
            open.addMember(g, p);
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(p);
        }
        return out == null ? List.of() : out;
    }

    /**
     * "yelkiden 7 gecmedi 40 dk oldu" waited under Güzelbahçe before line 7's incident opened: a pooled report of a
     * district the line is reported from, naming the line's number bare, joins when {@code place} now puts it on
     * the line and it matches.
     */
    List<Report> line(Group g, java.time.Instant now, Duration poolWindow, Function<Report, Report> place,
            Function<Report, String> poolKey) {
        String number = g.line.substring("bus:".length());
        java.time.Instant horizon = now.minus(poolWindow);
        List<Report> out = null;
        for (String stop : List.copyOf(g.stops)) {
            int slash = stop.indexOf('/');
            // a district's pool; and a stop's mahalle, whose reports may wait under the stop itself ("876 gelmedi
            // çandarlı durağında" is pooled under Çandarlı's stop)
            List<Report> candidates = slash < 0 ? List.copyOf(pool.fresh(stop, horizon))
                    : pool.in(stop.substring(slash + 1)).stream()
                            .filter(p -> stop.substring(0, slash).equals(p.districtKey()) && !p.at().isBefore(horizon))
                            .toList();
            for (Report p : candidates) {
                if (p.line() != null || !LineCues.bareNumbers(p.text().keys()).contains(number)
                        || out != null && out.stream().anyMatch(m -> m.caseId() == p.caseId())) {
                    continue;
                }
                Report placed = place.apply(p);
                if (!g.line.equals(placed.line()) || !rules.matches(g, placed, g.similarity(placed.text()))) {
                    continue;
                }
                pool.removeAll(poolKey.apply(p), List.of(p));
                open.addMember(g, placed);
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(placed);
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * "Köseköy'de yol nehre döndü, istasyonun önü kapalı" waited under the station before the burst's incident
     * opened: a report of the mahalle pooled under a structure joins when it matches the incident, as it would have
     * had the incident been there first (see the structure fallback of {@link GroupingEngine#offerOpening}).
     */
    List<Report> structures(Group g, String districtKey, java.time.Instant now, Duration poolWindow,
            Function<Report, String> indexKey) {
        List<Report> out = null;
        java.time.Instant horizon = now.minus(poolWindow);
        for (Report p : List.copyOf(pool.in(g.neighborhoodKey))) {
            String k = indexKey.apply(p);
            if (k == null || !k.startsWith(GroupingEngine.STRUCTURE) || !districtKey.equals(p.districtKey())
                    || p.at().isBefore(horizon) || !rules.matches(g, p, g.similarity(p.text()))) {
                continue;
            }
            open.addMember(g, p);
            pool.removeAll(k, List.of(p));
            if (out == null) {
                out = new ArrayList<>(2);
            }
            out.add(p);
        }
        return out == null ? List.of() : out;
    }
}
