package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recent reports that joined no incident, per index key (district, line, structure, or "street:" + a street for
 * a report of no place), oldest first, and the
 * same reports by neighbourhood key so that a report without a place can find who else wrote from the place its
 * text names. Not thread-safe (the engine's callers synchronise).
 */
final class ReportPool {
    /**
     * Things that stay broken until someone fixes them: a report of only these waits {@code lastingExtra} longer
     * than the others ("cevizlide çöp hâlâ orada" at 16:20 reports the pile of 09:10).
     */
    static final Set<String> LASTING = Set.of("garbage", "road", "light", "animal", "playground", "bench", "railing",
            "pavement", "occupation", "sewer",
            "fountain", "pest", "facility", "smell");

    private final Duration lastingExtra;
    private final Map<String, ArrayDeque<Report>> byKey = new HashMap<>();
    private final Map<String, List<Report>> byNeighborhood = new HashMap<>();
    private final Map<String, List<Report>> byStreet = new HashMap<>();

    /** {@code lastingExtra}: how much longer a report of a {@link #LASTING} thing waits (zero or more). */
    ReportPool(Duration lastingExtra) {
        this.lastingExtra = lastingExtra.isNegative() ? Duration.ZERO : lastingExtra;
    }

    static boolean lasting(Report r) {
        return !r.topics().isEmpty() && LASTING.containsAll(r.topics());
    }

    /** Whether the report is older than {@code horizon}, a lasting one counting {@code lastingExtra} younger. */
    private boolean expired(Report p, Instant horizon) {
        return (lasting(p) ? p.at().plus(lastingExtra) : p.at()).isBefore(horizon);
    }

    /**
     * The place's pooled reports, oldest first, after dropping those older than {@code horizon} (lasting ones:
     * {@code lastingExtra} older).
     */
    Collection<Report> fresh(String key, Instant horizon) {
        ArrayDeque<Report> q = byKey.get(key);
        if (q == null) {
            return List.of();
        }
        // late or back-filled reports arrive out of time order: look at every one, not only the head
        for (java.util.Iterator<Report> it = q.iterator(); it.hasNext();) {
            Report p = it.next();
            if (expired(p, horizon)) {
                it.remove();
                unindex(p);
            }
        }
        if (q.isEmpty()) {
            byKey.remove(key);
            return List.of();
        }
        return q;
    }

    /** The place's pooled reports not older than {@code horizon}, dropping none (a read for the console). */
    List<Report> recent(String key, Instant horizon) {
        ArrayDeque<Report> q = byKey.get(key);
        if (q == null) {
            return List.of();
        }
        List<Report> out = new ArrayList<>(q.size());
        for (Report p : q) {
            if (!expired(p, horizon)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The keys with pooled reports (districts, lines, structures, "street:" keys). */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** Drops the expired reports of every key that starts with this prefix (keys nobody looks up again). */
    void expire(String prefix, Instant horizon) {
        for (String k : List.copyOf(byKey.keySet())) {
            if (k.startsWith(prefix)) {
                fresh(k, horizon);
            }
        }
    }

    void add(String key, Report r) {
        byKey.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(r);
        if (r.neighborhoodKey() != null) {
            byNeighborhood.computeIfAbsent(r.neighborhoodKey(), k -> new ArrayList<>(2)).add(r);
        }
        for (String a : r.text().anchors()) {
            byStreet.computeIfAbsent(a, k -> new ArrayList<>(2)).add(r);
        }
    }

    void removeAll(String key, Collection<Report> rs) {
        ArrayDeque<Report> q = byKey.get(key);
        if (q == null) {
            return;
        }
        Set<Report> gone = new HashSet<>(rs);
        for (java.util.Iterator<Report> it = q.iterator(); it.hasNext();) {
            Report p = it.next();
            if (gone.contains(p)) {
                it.remove();
                unindex(p);
            }
        }
    }

    /** Pooled reports written from this neighbourhood (any age: the caller checks it). */
    List<Report> in(String neighborhoodKey) {
        return byNeighborhood.getOrDefault(neighborhoodKey, List.of());
    }

    /** Pooled reports that name this street ({@link StreetAnchors}; any age: the caller checks it). */
    List<Report> naming(String street) {
        return byStreet.getOrDefault(street, List.of());
    }

    private void unindex(Report r) {
        for (String a : r.text().anchors()) {
            List<Report> l = byStreet.get(a);
            if (l != null && l.remove(r) && l.isEmpty()) {
                byStreet.remove(a);
            }
        }
        List<Report> l = r.neighborhoodKey() == null ? null : byNeighborhood.get(r.neighborhoodKey());
        if (l != null) {
            l.remove(r);
            if (l.isEmpty()) {
                byNeighborhood.remove(r.neighborhoodKey());
            }
        }
    }

    void clear() {
        byKey.clear();
        byNeighborhood.clear();
        byStreet.clear();
    }

    int size() {
        int n = 0;
        for (ArrayDeque<Report> q : byKey.values()) {
            n += q.size();
        }
        return n;
    }
}
