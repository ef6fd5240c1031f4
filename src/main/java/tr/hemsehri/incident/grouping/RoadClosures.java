package tr.hemsehri.incident.grouping;

import java.util.Collections;
import java.util.Set;

import tr.hemsehri.nlp.geo.PlaceMatcher;

/**
 * A closed road runs between mahalles: the Kandıra–Kefken road buried at Babalı is reported from Kefken ("Kefken yolu
 * kapalı"), from Babalı ("babali yolunda toprak kaymis") and from Kerpe, whose road to town passes Babalı. Their
 * mahalles differ, which keeps a pothole or a dark street where it is; what ties a closure together is that one
 * side names the other's mahalle: a report naming a mahalle the incident covers, or an incident whose latest
 * members name the report's mahalle. Only closures (a road shut, a landslide, "açıldı mı"), only in one district.
 */
final class RoadClosures {
    private static final Set<String> CLOSED = Set.of("kapali", "kapandi", "kapanmis", "kapatmis", "kapatti",
            "kapatildi", "gecemiyoruz", "gecemiyoz", "gecemiyor", "gecilmiyor", "gecemedi", "gecemedik", "acildi",
            "acildimi", "acilmis", "acilacak", "acilacakmi", "acilir", "acilirmi", "acilsin", "mahsur", "kaymis", "kaydi", "heyelan", "heyelanda",
            "heyelani", "heyelana", "heyelandan");

    private RoadClosures() {
    }

    /** A report or an incident naming these is about them, whatever road it mentions on the way. */
    private static final Set<String> OTHER_JOBS = Set.of("water", "electricity", "gas", "garbage", "sewer", "light");

    /** What a shut road is reported as: the road itself, the tree or rocks across it, the crew clearing it. */
    private static final Set<String> ROAD = Set.of("road", "tree", "works");

    /**
     * Whether the report says a road is shut and the incident is a shut road: "Kefken yolu kapalı" (the road) and
     * "kefken yolunda ağaç devrilmiş yol kapalı" (the tree on it) are one job, the road's and the tree's classes
     * notwithstanding.
     */
    static boolean blocked(Group g, Report r) {
        Set<String> main = g.mainTopics();
        return g.closures > 0 && !Collections.disjoint(r.topics(), ROAD) && Collections.disjoint(r.topics(), OTHER_JOBS)
                && (main.contains("road") || main.contains("tree")) && Collections.disjoint(main, OTHER_JOBS)
                && closedRoad(r.text().keys());
    }

    /** Whether the report is a closure of a road the incident, also a closure, reaches from another mahalle. */
    static boolean corridor(Group g, Report r) {
        if (r.neighborhoodKey() == null || g.districtKey == null || !g.districtKey.equals(r.districtKey())
                || !blocked(g, r)) {
            return false;
        }
        return names(r.text().keys(), g.areaKeys()) || g.recentNames(r.neighborhoodKey());
    }

    /** A road named and said to be shut or reopened ("yol kapalı", "kefken yolu açıldı mı"). */
    static boolean closedRoad(String[] keys) {
        boolean road = false;
        for (String k : keys) {
            road |= k.startsWith("yol") && !k.startsWith("yolcu"); // the road, not its passengers
        }
        return road && closed(keys);
    }

    static boolean closed(String[] keys) {
        for (String k : keys) {
            if (CLOSED.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words (case suffix or not) is one of these keys. */
    static boolean names(String[] keys, Set<String> places) {
        for (String k : keys) {
            if (k.length() < 4) {
                continue;
            }
            for (String base : PlaceMatcher.baseForms(k)) {
                if (places.contains(base)) {
                    return true;
                }
            }
        }
        return false;
    }
}
