package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tr.hemsehri.nlp.geo.PlaceMatcher;

/**
 * Reports of no place that name a mahalle the analyser could not place: "kazimkarabekirde su yok sabah sabah" was the
 * first report of Darıca's water cut, lower case and a person's name, so no place; "Emek Mahallesi'nde de sular yok"
 * names a mahalle of three Kocaeli districts. Arriving before their incident, they joined nothing and waited for
 * nothing. Here they wait, under every word of theirs that is a gazetteer mahalle's key, until an incident reaches
 * a mahalle of that name; then {@link PlaceFromContext} places them exactly as it places a report arriving now (the
 * one active place of that name and of a shared class), and they join when the incident's rules take them. Not
 * thread-safe (the engine's callers synchronise).
 */
final class PlacelessWaiting {
    private static final int MIN_KEY = 4;
    private static final int MAX_WORDS = 3;
    private static final int EXPIRE_EVERY = 256;

    private final ActiveDistricts.Names names;
    private final Map<String, List<Report>> byKey = new HashMap<>();
    private long added;

    PlacelessWaiting(ActiveDistricts.Names names) {
        this.names = names;
    }

    /**
     * Keeps the report when it names a problem class and a word that is some mahalle's key, or a bare number that
     * may be a bus line (drops expired ones now and then); false when it names neither.
     */
    boolean offer(Report r, Duration poolWindow) {
        if (r.text().saysLongStanding()) {
            return false;
        }
        Set<String> keys = r.topics().isEmpty() ? new LinkedHashSet<>(1) : mahalleKeys(r.text().keys());
        for (String n : LineCues.bareNumbers(r.text().keys())) {
            keys.add("bus:" + n); // "155 gelmedi barbarosta", before line 155's incident: the line's, once it opens
        }
        if (keys.isEmpty()) {
            return false;
        }
        if (++added % EXPIRE_EVERY == 0) {
            expire(r.at().minus(poolWindow));
        }
        for (String k : keys) {
            byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(r);
        }
        return true;
    }

    /** The words (one to three run together, case suffix or not) that are a gazetteer mahalle's folded key. */
    Set<String> mahalleKeys(String[] keys) {
        Set<String> out = new LinkedHashSet<>(2);
        for (int i = 0; i < keys.length; i++) {
            StringBuilder span = new StringBuilder();
            for (int len = 1; len <= MAX_WORDS && i + len <= keys.length; len++) {
                span.append(keys[i + len - 1]);
                for (String k : PlaceMatcher.baseForms(span.toString())) {
                    if (k.length() >= MIN_KEY && !PlaceMatcher.isOrdinaryNoun(k) && !names.apply(k).isEmpty()) {
                        out.add(k);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The incident has just opened or reached new mahalles: the waiting reports naming one of {@code areaKeys},
     * not older than {@code poolWindow} before {@code now}, that {@code place} now puts in one of the incident's
     * mahalles and {@code rules} let join. They stop waiting; the caller adds them to the incident.
     */
    List<Report> reached(Group g, Set<String> areaKeys, Instant now, Duration poolWindow, Function<Report, Report> place,
            JoinRules rules) {
        if (byKey.isEmpty() || g.districtKey == null || g.line != null || g.structure != null) {
            return List.of();
        }
        List<Report> out = new ArrayList<>(0);
        for (String k : areaKeys) {
            // placing a report is the costly step: only a report of the incident's class is worth it
            take(k, now.minus(poolWindow), p -> !java.util.Collections.disjoint(p.topics(), g.mainTopics()), place,
                    placed -> placed.neighborhoodKey() != null && g.districtKey.equals(placed.districtKey())
                            && g.covers(placed.neighborhoodKey())
                            && rules.matches(g, placed, g.similarity(placed.text())), out);
        }
        return out;
    }

    /**
     * A bus line's incident has just opened: the waiting reports naming its number that {@code place} now puts on
     * that line (the number of a line being reported is the line) and {@code rules} let join.
     */
    List<Report> reachedLine(Group g, Instant now, Duration poolWindow, Function<Report, Report> place,
            JoinRules rules) {
        if (g.line == null) {
            return List.of();
        }
        List<Report> out = new ArrayList<>(0);
        take(g.line, now.minus(poolWindow), p -> p.topics().isEmpty() || p.topics().contains("transit"), place,
                placed -> g.line.equals(placed.line()) && rules.matches(g, placed, g.similarity(placed.text())), out);
        return out;
    }

    /**
     * Moves to {@code out}, placed, the reports waiting under {@code key} since {@code horizon} that pass {@code worth}
     * and, once placed, {@code joins}; they stop waiting.
     */
    private void take(String key, Instant horizon, java.util.function.Predicate<Report> worth,
            Function<Report, Report> place, java.util.function.Predicate<Report> joins, List<Report> out) {
        List<Report> waiting = byKey.get(key);
        if (waiting == null) {
            return;
        }
        for (Report p : List.copyOf(waiting)) {
            if (p.at().isBefore(horizon) || !worth.test(p)) {
                continue;
            }
            Report placed = place.apply(p);
            if (joins.test(placed)) {
                remove(p);
                out.add(placed);
            }
        }
    }

    private void remove(Report r) {
        Set<String> keys = mahalleKeys(r.text().keys());
        for (String n : LineCues.bareNumbers(r.text().keys())) {
            keys.add("bus:" + n);
        }
        for (String k : keys) {
            List<Report> l = byKey.get(k);
            if (l != null && l.remove(r) && l.isEmpty()) {
                byKey.remove(k);
            }
        }
    }

    private void expire(Instant horizon) {
        byKey.values().forEach(l -> l.removeIf(p -> p.at().isBefore(horizon)));
        byKey.values().removeIf(List::isEmpty);
    }

    int size() {
        Set<Report> all = new java.util.HashSet<>();
        byKey.values().forEach(all::addAll);
        return all.size();
    }

    void clear() {
        byKey.clear();
    }
}
