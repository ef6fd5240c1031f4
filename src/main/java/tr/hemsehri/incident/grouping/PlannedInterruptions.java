package tr.hemsehri.incident.grouping;

import java.time.Instant;
import java.util.Map;

/**
 * Registers an announced planned interruption as an open incident: its announcement stands in for the reports it
 * expects, and the mahalles and streets it names are its area. Not thread-safe (the engine's callers synchronise).
 */
final class PlannedInterruptions {
    private final Thresholds t;
    private final OpenIncidents open;

    PlannedInterruptions(Thresholds t, OpenIncidents open) {
        this.t = t;
        this.open = open;
    }

    /**
     * "Duyuruda 15:00'e kadar yazıyordu, saat dörde geliyor hâlâ tek damla yok", no place named: the message speaks
     * of the announcement, so it belongs to the one interruption of its kind announced for now (its period, a grace
     * either side, an overrun), or to none when two are. Scans the open incidents, but only for such messages.
     */
    Group announcedTo(Report r) {
        // "kesinti duyurusu için teşekkürler ama SMS de atın" thanks for it: no report of the cut
        if (!r.text().namesAnnouncement() || r.text().saysThanks()
                || r.topics().isEmpty() && !r.text().saysMissing()) {
            return null;
        }
        Group found = null;
        for (Group g : open.all()) {
            if (!g.planned || !(r.topics().isEmpty() || BurstRules.related(r.topics(), g.mainTopics()))) {
                continue;
            }
            if (!g.plannedTakes(r.at(), t.plannedGrace(), t.window())) {
                continue;
            }
            if (found != null) {
                return null; // two announcements live: which one it read cannot be told
            }
            found = g;
        }
        return found;
    }

    /** See {@link GroupingEngine#planned(long, String, String, String, Instant, Instant, String)}. */
    Group register(long id, String district, String neighborhood, String department, Instant start, Instant end,
            String announcement) {
        Group g = register(id, district, neighborhood, department, start, end, TextSignature.of(announcement));
        for (Map.Entry<String, String> a : AnnouncedArea.of(neighborhood, announcement).entrySet()) {
            if (!a.getKey().equals(g.neighborhoodKey)) {
                open.cover(g, a.getKey(), a.getValue());
            }
        }
        return g;
    }

    /** See {@link GroupingEngine#planned(long, String, String, String, Instant, Instant, TextSignature)}. */
    Group register(long id, String district, String neighborhood, String department, Instant start, Instant end,
            TextSignature announcement) {
        Group g = new Group(id, district, neighborhood, department, null, null);
        g.linkage(t.linkage().members(), t.linkage().memberDiscount());
        g.planned = true;
        g.plannedStart = start;
        g.plannedEnd = end;
        g.add(announcement, null);
        g.size = 0;
        // "Doğan Araslı Bulvarı'nın bir bölümünde asfalt": the street it names is where its reports come from
        for (String a : announcement.anchors()) {
            open.nameStreet(g, a);
        }
        open.index(g);
        if (g.neighborhoodKey != null) {
            // "hacıhalilde bugün su kesilecek mi": the announced mahalle is active from the announcement on
            open.cover(g, g.neighborhoodKey, neighborhood);
        }
        return g;
    }
}
