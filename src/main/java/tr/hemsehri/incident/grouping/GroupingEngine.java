package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Online grouping of reports into incidents, in memory, indexed by district so adding a report only looks at its
 * own district's open incidents and recent ungrouped reports.
 *
 * <p>A report joins the best open incident (an announced planned interruption before any detected one) that is
 * (1) in the same place: the same neighbourhood, or the same district when one side knows only the district, or, with a stricter similarity, another neighbourhood of the
 * same district; (2) in time: the incident's last report is at most {@code window} older (planned interruptions:
 * inside the announced period plus {@code plannedGrace}); (3) about the same problem: the cosine between the
 * report's text and the incident's centroid (sum of its members' vectors) reaches {@code simSameDepartment} when
 * both have the same department, {@code simAnyDepartment} otherwise. A report that joins nothing waits in a pool;
 * when {@code spikeCount} pooled reports of one place within {@code spikeWindow} are pairwise similar to the new
 * one (same rule), they become a new incident together (early warning). Reports without a district are never
 * grouped automatically. Not thread-safe: callers synchronise.
 */
public final class GroupingEngine {

    public enum Outcome {
        /** Joined an existing incident. */
        JOINED,
        /** Completed a spike: a new incident holds the pooled reports and this one. */
        SPIKE,
        /** Kept in the pool of ungrouped recent reports. */
        POOLED,
        /** Not groupable (no district). */
        SKIPPED
    }

    /** What happened to a report; {@code members} are the reports of a new incident (SPIKE). */
    public record Decision(Outcome outcome, long incidentId, double similarity, List<Report> members) {
    }

    /** An open incident as the engine sees it. */
    public static final class Group {
        final long id;
        final String districtKey;
        String district;
        String neighborhood;
        String neighborhoodKey;
        String department;
        boolean planned;
        Instant plannedStart;
        Instant plannedEnd;
        Instant last;
        int size;
        final Map<String, Double> sum = new HashMap<>();
        double squares;
        double norm;

        Group(long id, String district, String neighborhood, String department) {
            this.id = id;
            this.district = district;
            this.districtKey = key(district);
            this.neighborhood = neighborhood;
            this.neighborhoodKey = key(neighborhood);
            this.department = department;
        }

        void add(TextSignature s, Instant at) {
            // the squared norm follows each changed component, so a large incident costs no more per report
            for (Map.Entry<String, Float> e : s.weights().entrySet()) {
                double before = sum.getOrDefault(e.getKey(), 0.0);
                double after = before + e.getValue();
                sum.put(e.getKey(), after);
                squares += after * after - before * before;
            }
            norm = Math.sqrt(Math.max(0, squares));
            size++;
            if (at != null && (last == null || at.isAfter(last))) {
                last = at;
            }
        }

        double similarity(TextSignature s) {
            if (norm == 0 || s.isEmpty()) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Float> e : s.weights().entrySet()) {
                Double v = sum.get(e.getKey());
                if (v != null) {
                    dot += e.getValue() * v;
                }
            }
            return dot / norm;
        }

        public long id() {
            return id;
        }

        public int size() {
            return size;
        }
    }

    private final Thresholds t;
    private final Map<String, List<Group>> groupsByDistrict = new HashMap<>();
    private final Map<Long, Group> groups = new HashMap<>();
    private final Map<String, ArrayDeque<Report>> pool = new HashMap<>();

    public GroupingEngine(Thresholds thresholds) {
        this.t = thresholds;
    }

    public Thresholds thresholds() {
        return t;
    }

    static String key(String name) {
        return name == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(name);
    }

    /** Groups one report: joins an incident, opens one (spike; the id comes from {@code newIncident}) or pools it. */
    public Decision offer(Report r, LongSupplier newIncident) {
        String dk = r.districtKey();
        if (dk == null || dk.isEmpty() || r.text().isEmpty()) {
            return new Decision(Outcome.SKIPPED, 0, 0, List.of());
        }
        Group best = null;
        double bestSim = -1;
        for (Group g : groupsByDistrict.getOrDefault(dk, List.of())) {
            double sim = g.similarity(r.text());
            if (!matches(g, r, sim)) {
                continue;
            }
            // an announced interruption explains the report better than any incident detected from reports
            boolean better = best == null || (g.planned && !best.planned)
                    || (g.planned == best.planned && sim > bestSim);
            if (better) {
                best = g;
                bestSim = sim;
            }
        }
        if (best != null) {
            best.add(r.text(), r.at());
            if (best.neighborhood == null && r.neighborhood() != null && !best.planned) {
                best.neighborhood = r.neighborhood();
                best.neighborhoodKey = key(r.neighborhood());
            }
            return new Decision(Outcome.JOINED, best.id, bestSim, List.of(r));
        }
        ArrayDeque<Report> q = pool.computeIfAbsent(dk, k -> new ArrayDeque<>());
        Instant horizon = r.at().minus(t.spikeWindow());
        q.removeIf(p -> p.at().isBefore(horizon));
        List<Report> similar = new ArrayList<>();
        for (Report p : q) {
            double sim = p.text().cosine(r.text());
            if (pairMatches(p, r, sim)) {
                similar.add(p);
            }
        }
        if (similar.size() + 1 >= t.spikeCount()) {
            similar.add(r);
            q.removeAll(similar);
            long id = newIncident.getAsLong();
            Group g = create(id, similar);
            return new Decision(Outcome.SPIKE, g.id, 0, similar);
        }
        q.addLast(r);
        return new Decision(Outcome.POOLED, 0, 0, List.of(r));
    }

    private enum Place { SAME, OTHER_NEIGHBORHOOD, NONE }

    private Place place(String districtKeyA, String nbKeyA, String districtKeyB, String nbKeyB) {
        if (!Objects.equals(districtKeyA, districtKeyB)) {
            return Place.NONE;
        }
        if (nbKeyA != null && nbKeyB != null) {
            return nbKeyA.equals(nbKeyB) ? Place.SAME : Place.OTHER_NEIGHBORHOOD;
        }
        return t.districtFallback() ? Place.SAME : Place.NONE;
    }

    private boolean matches(Group g, Report r, double sim) {
        Instant at = r.at();
        boolean sameDept = g.department != null && g.department.equals(r.department());
        if (g.planned) {
            if (at.isBefore(g.plannedStart) || at.isAfter(g.plannedEnd.plus(t.plannedGrace()))) {
                return false;
            }
            // a planned interruption covers its whole area: district-wide or one neighbourhood
            Place p = g.neighborhoodKey == null ? Place.SAME
                    : place(g.districtKey, g.neighborhoodKey, r.districtKey(), r.neighborhoodKey());
            return p == Place.SAME && (sameDept ? sim >= t.simSameDepartment() / 2 : sim >= t.simAnyDepartment());
        }
        if (g.last != null && Duration.between(g.last, at).compareTo(t.window()) > 0) {
            return false;
        }
        return accept(place(g.districtKey, g.neighborhoodKey, r.districtKey(), r.neighborhoodKey()), sameDept, sim);
    }

    private boolean pairMatches(Report a, Report b, double sim) {
        boolean sameDept = a.department() != null && a.department().equals(b.department());
        return accept(place(a.districtKey(), a.neighborhoodKey(), b.districtKey(), b.neighborhoodKey()), sameDept, sim);
    }

    private boolean accept(Place p, boolean sameDept, double sim) {
        return switch (p) {
            case SAME -> sim >= (sameDept ? t.simSameDepartment() : t.simAnyDepartment());
            case OTHER_NEIGHBORHOOD -> sameDept && sim >= t.simOtherNeighborhood();
            case NONE -> false;
        };
    }

    /** Registers an incident with these members (spike, reload, manual creation). */
    public Group create(long id, Collection<Report> members) {
        Report first = members.iterator().next();
        Group g = new Group(id, first.district(), mostCommon(members, true), mostCommon(members, false));
        for (Report m : members) {
            g.add(m.text(), m.at());
        }
        index(g);
        return g;
    }

    /** Registers a planned interruption; its announcement text stands in for the reports it expects. */
    public Group planned(long id, String district, String neighborhood, String department, Instant start,
            Instant end, TextSignature announcement) {
        Group g = new Group(id, district, neighborhood, department);
        g.planned = true;
        g.plannedStart = start;
        g.plannedEnd = end;
        g.add(announcement, null);
        g.size = 0;
        index(g);
        return g;
    }

    private void index(Group g) {
        Group old = groups.put(g.id, g);
        if (old != null) {
            groupsByDistrict.get(old.districtKey).remove(old);
        }
        groupsByDistrict.computeIfAbsent(g.districtKey, k -> new ArrayList<>()).add(g);
    }

    /** Adds a report to a known incident (manual link, reload). */
    public void addTo(long id, Report r) {
        Group g = groups.get(id);
        if (g != null) {
            g.add(r.text(), r.at());
        }
    }

    /** Puts a recent ungrouped report in the pool (reload). */
    public void pool(Report r) {
        if (r.districtKey() != null) {
            pool.computeIfAbsent(r.districtKey(), k -> new ArrayDeque<>()).addLast(r);
        }
    }

    /** The incident stops taking reports (resolved, dismissed, merged). */
    public void close(long id) {
        Group g = groups.remove(id);
        if (g != null) {
            groupsByDistrict.get(g.districtKey).remove(g);
        }
    }

    public void clear() {
        groups.clear();
        groupsByDistrict.clear();
        pool.clear();
    }

    public Group group(long id) {
        return groups.get(id);
    }

    public int openGroups() {
        return groups.size();
    }

    public int pooled() {
        int n = 0;
        for (ArrayDeque<Report> q : pool.values()) {
            n += q.size();
        }
        return n;
    }

    private static String mostCommon(Collection<Report> members, boolean neighborhood) {
        Map<String, Integer> counts = new HashMap<>();
        for (Report m : members) {
            String v = neighborhood ? m.neighborhood() : m.department();
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** For tests and tools: iterate the open incidents. */
    public Iterator<Group> iterator() {
        return groups.values().iterator();
    }
}
