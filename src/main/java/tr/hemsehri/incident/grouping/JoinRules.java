package tr.hemsehri.incident.grouping;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a report may join an incident or pair with a pooled report (see {@link GroupingEngine}): place, time,
 * department or problem class, similarity. Stateless apart from the thresholds.
 */
final class JoinRules {
    private final Thresholds t;
    private final BurstRules bursts;

    Thresholds thresholds() {
        return t;
    }

    JoinRules(Thresholds t) {
        this.t = t;
        this.bursts = new BurstRules(t);
    }

    /** The burst rules these rules use (one instance per engine). */
    BurstRules bursts() {
        return bursts;
    }

    /** Indexed by a line or a structure, not a district: the index key is the place. */
    boolean ownPlace(Report r) {
        return t.transitLines() && r.line() != null || t.structures() && r.structure() != null;
    }

    /**
     * A small local group: one neighbourhood (both known) or one line/structure, a problem class in common and a
     * high similarity; three neighbours reporting one dark street row are an incident without waiting for a fourth.
     */
    boolean localPair(Report a, Report b, double sim) {
        boolean street = sharesStreet(t, a.text().anchors(), b.text().anchors());
        // "Yenidoğan alt geçidi yine su doldu" / "YENİDOĞAN ALT GEÇİDİ 3 SAATTİR KAPALI": one named structure
        boolean structure = t.structures() && a.structure() != null && a.line() == null
                && !a.structure().startsWith(StructureCues.LANDMARK) && sim >= structureBar(a.structure())
                && !knownApart(a.districtKey(), b.districtKey());
        if (!street && !structure && !bursts.burstPair(a, b, sim) && !sameOutage(a, b) && !sameThing(a, b, sim)
                && (sim < t.simLocalSpike() || Collections.disjoint(a.topics(), b.topics()))) {
            return false;
        }
        if (ownPlace(a)) {
            return true; // pooled under the same line or structure key
        }
        return a.neighborhoodKey() != null && a.neighborhoodKey().equals(b.neighborhoodKey())
                && Objects.equals(a.districtKey(), b.districtKey());
    }

    /** Things a mahalle has one of where neighbours look: its street lights, its dogs, its bins, its drains. */
    private static final Set<String> THINGS = Set.of("light", "animal", "garbage", "sewer", "playground", "bench",
            "railing", "tree",
            "signal", "fountain", "pest");

    /**
     * "Paşadağ'da köpek sürüsü saldırdı" / "Paşadağ Mahallesi'nde başıboş köpekler çocukların etrafında": two
     * neighbours of one mahalle naming only the same kind of thing report it in few shared words; half the local bar
     * (the caller checks the mahalle).
     */
    private boolean sameThing(Report a, Report b, double sim) {
        return a.topics().size() == 1 && a.topics().equals(b.topics()) && THINGS.containsAll(a.topics())
                && sim >= t.simLocalSpike() / 2 && a.neighborhoodKey() != null
                && a.neighborhoodKey().equals(b.neighborhoodKey());
    }

    /** What a whole mahalle loses at once: its water, its power, its gas. */
    private static final Set<String> UTILITIES = Set.of("water", "electricity", "gas");

    /**
     * "Akçaburgaz'da doğalgaz yok" / "Akçaburgaz'a gaz geldi ama yine kesildi": two neighbours who name only the
     * same utility and say it is missing report one outage, in however few shared words (the caller checks the
     * mahalle).
     */
    private static boolean sameOutage(Report a, Report b) {
        return a.topics().size() == 1 && a.topics().equals(b.topics()) && UTILITIES.containsAll(a.topics())
                && a.text().saysMissing() && b.text().saysMissing();
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

    /**
     * The report's text names exactly one problem class and it is one the incident is about: as good as the same
     * department (the analyser scatters one flood over four departments).
     */
    boolean topicAgrees(Set<String> report, Set<String> other) {
        if (!t.topicJoinsDepartments() || report.size() != 1) {
            return false;
        }
        String x = report.iterator().next();
        // a smell alone is what an overflowing sewer or an uncollected heap is to the neighbours
        return other.contains(x) || "smell".equals(x) && (other.contains("sewer") || other.contains("garbage"));
    }

    /** Both name problem classes and none of the report's is the other's (flood and sewer are one family). */
    boolean topicConflict(Set<String> a, Set<String> b) {
        if (!t.topicVeto() || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
            for (Set<String> family : FAMILIES) {
                if (family.contains(x) && !Collections.disjoint(b, family)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Classes that one broken thing shows as: a flood and an overflowing sewer; a burst pipe floods the street, caves
     * in its asphalt and cuts the water of the mahalles behind it.
     */
    private static final List<Set<String>> FAMILIES = List.of(Set.of("flood", "sewer", "pipe"),
            Set.of("water", "pipe"), Set.of("pipe", "road"), Set.of("pipe", "works"), Set.of("water", "works"),
            Set.of("sewer", "smell"), Set.of("garbage", "smell"));

    /** What a power cut stops besides the power itself: lifts, traffic lights, street lights. */
    private static final Set<String> POWER_EFFECTS = Set.of("lift", "signal", "light");

    /**
     * "apartmanın asansörü durdu, Cumhuriyet mah. Okul sk.", "kavşaktaki trafik lambaları çalışmıyor" on the morning
     * the mahalle's power is out: what stopped is the power cut's, not a lift or a signal of its own (the caller
     * checks that the cut covers the mahalle).
     */
    static boolean powerEffect(Set<String> report, Set<String> main) {
        return !report.isEmpty() && POWER_EFFECTS.containsAll(report) && main.contains("electricity");
    }

    boolean matches(Group g, Report r, double sim) {
        Instant at = r.at();
        Set<String> main = g.mainTopics();
        if (powerEffect(r.topics(), main) && g.covers(r.neighborhoodKey())
                && Objects.equals(g.districtKey, r.districtKey())) {
            return g.planned ? g.plannedTakes(at, t.plannedGrace(), t.window()) : g.live(at, t.window());
        }
        boolean districtBurst = BurstRules.districtBurst(g, r);
        boolean blocked = RoadClosures.blocked(g, r);
        if (topicConflict(r.topics(), main) && !bursts.burstStreet(g, r, main) && !districtBurst && !blocked) {
            return false;
        }
        boolean sameDept = g.department != null && g.department.equals(r.department())
                || topicAgrees(r.topics(), main);
        if (g.planned) {
            if (!g.plannedTakes(at, t.plannedGrace(), t.window())) {
                return false;
            }
            // a planned interruption covers its whole area: district-wide or one neighbourhood
            Place p = g.neighborhoodKey == null || g.covers(r.neighborhoodKey()) ? Place.SAME
                    : place(g.districtKey, g.neighborhoodKey, r.districtKey(), r.neighborhoodKey());
            // "Köseköy'de çamaşır makinesi yarıda kaldı, suyu kesmişsiniz": in the announced area and period, a
            // report mainly of the announced kind belongs to it whatever the analyser's department ("su kesintisi
            // var biliyoruz, ama asıl rezalet çöpler, çöp alınmıyor" is mainly the garbage)
            boolean announcedKind = mainlyOf(r, main);
            return p == Place.SAME && ((sameDept ? sim >= t.simSameDepartment() / 2 : sim >= t.simAnyDepartment())
                    || announcedKind || sharesStreet(t, r.text().anchors(), g.anchors) || contextJoin(g, r, sim)
                    || r.topics().isEmpty() && r.text().namesAnnouncement());
        }
        if (!g.live(at, t.window())) {
            return false;
        }
        if (districtBurst) {
            return true;
        }
        if (g.structure != null) {
            // one named underpass on one day is one subject whatever department the analyser chose; the veto above
            // still keeps a fallen tree at it apart; two districts' İstasyon mahalles have two underpasses
            // the key names the one thing, so as on a line half the shared wording is enough (a landmark is a
            // place where many things happen: it keeps the full bar)
            return !knownApart(g.districtKey, r.districtKey()) && sim >= structureBar(g.structure);
        }
        if (g.line != null) {
            // the index already holds only this line's incidents: the line is both the place and the topic, so a
            // short question about it ("tramvay çalışıyor mu şu an") needs less shared wording
            // "142 bugün çalışmıyo mu arkadaşlar": a bus number is the line's own name, whatever the analyser's
            // department; a report naming another class of problem (a broken seat) keeps the bar
            boolean numbered = g.line.startsWith("bus:") && g.line.equals(r.line())
                    && r.topics().stream().allMatch("transit"::equals);
            return numbered || (sameDept ? sim >= t.simSameDepartment() / 2 : accept(Place.SAME, false, sim));
        }
        // a named structure looking among its district's incidents ("Mavişehir'de alt geçidi su bastı") is a
        // point of that day's wider flooding, not a street of its own
        Place p = g.covers(r.neighborhoodKey()) && Objects.equals(g.districtKey, r.districtKey()) ? Place.SAME
                : place(g.districtKey, g.neighborhoodKey, r.districtKey(), r.neighborhoodKey());
        boolean burst = BurstRules.inOwnMahalles(main, r.topics());
        if (p == Place.SAME && burst && g.covers(r.neighborhoodKey())) {
            return bursts.joinsOwnMahalle(r, sim); // the class is the evidence (see BurstRules)
        }
        if (p == Place.SAME && contextJoin(g, r, sim)) {
            // "Kozağaç'ta da yok 😤" names nothing but the mahalle: beside an outage several neighbours reported there,
            // that is what it is about (the caller drops it when two such incidents of different classes cover it)
            return true;
        }
        if (p == Place.SAME && sharesStreet(t, r.text().anchors(), g.anchors)) {
            return true; // "1469 sokaktaki dal hala orada": the street named is the evidence (the veto above holds)
        }
        if (p == Place.SAME && blocked && g.covers(r.neighborhoodKey())) {
            // "Kefken yolu ne zaman açılır?" beside "kefken yolunda ağaç devrilmiş yol kapalı": in the mahalle, a
            // road said shut is the shut road, in however few shared words (as a line's number is its line)
            return true;
        }
        if (p == Place.OTHER_NEIGHBORHOOD && sim >= t.simSameDepartment() / 2 && RoadClosures.corridor(g, r)) {
            return true; // "babali yolunda toprak kaymis" beside the Kefken road's closure at Babalı
        }
        // a village has its own spring, tank and pump: its dry taps are not the next village's
        boolean village = r.text().village() || g.village;
        // "karaburç mh de okulun yanında su borusu patlamış" on the day a main burst on Hükümet Caddesi dries three
        // other mahalles: a burst named in a mahalle the burst's incident has not reached, away from its street, is
        // a second burst
        boolean secondBurst = p == Place.OTHER_NEIGHBORHOOD && r.topics().contains("pipe") && main.contains("pipe")
                && !g.anchors.isEmpty() && !sharesStreet(t, r.text().anchors(), g.anchors);
        return !secondBurst && accept(p, sameDept, sim, r.structure() != null || !village && spans(r.topics(), main));
    }

    /** Whether a class of {@code kinds} is named at least as often as any other class the report names. */
    private static boolean mainlyOf(Report r, Set<String> kinds) {
        int own = 0;
        int other = 0;
        for (java.util.Map.Entry<String, Integer> e : r.text().classMentions().entrySet()) {
            if (kinds.contains(e.getKey())) {
                own = Math.max(own, e.getValue());
            } else {
                other = Math.max(other, e.getValue());
            }
        }
        return own > 0 && own >= other;
    }

    /** A report naming no class that says something is missing, in a mahalle of an incident of several reports. */
    private boolean contextJoin(Group g, Report r, double sim) {
        Thresholds.Linkage l = t.linkage();
        // an announced interruption needs no reports to be known, nor shared words: its announcement is the context
        return l.contextSize() > 0 && (g.planned || g.size >= l.contextSize() && sim >= l.simContext())
                && r.topics().isEmpty() && g.covers(r.neighborhoodKey()) && r.text().saysMissing();
    }

    /** An underpass, junction, stop or pier is one thing: half the bar; a landmark ("Kordon") the full one. */
    private double structureBar(String structure) {
        return structure.startsWith(StructureCues.LANDMARK) ? t.simSameDepartment() : t.simSameDepartment() / 2;
    }

    private static boolean knownApart(String districtA, String districtB) {
        return districtA != null && districtB != null && !districtA.equals(districtB);
    }

    static boolean sharesStreet(Thresholds t, Set<String> a, Set<String> b) {
        if (!t.streetAnchors() || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    boolean pairMatches(Report a, Report b, double sim) {
        if (topicConflict(a.topics(), b.topics())) {
            return false;
        }
        boolean sameDept = a.department() != null && a.department().equals(b.department())
                || topicAgrees(a.topics(), b.topics()) || topicAgrees(b.topics(), a.topics());
        if (t.structures() && a.structure() != null && !(t.transitLines() && a.line() != null)) {
            // pooled under the same structure key (see matches)
            return !knownApart(a.districtKey(), b.districtKey()) && sim >= structureBar(a.structure());
        }
        if (ownPlace(a)) {
            return accept(Place.SAME, sameDept, sim); // pooled under the same line key
        }
        Place p = place(a.districtKey(), a.neighborhoodKey(), b.districtKey(), b.neighborhoodKey());
        if (p == Place.SAME && (sharesStreet(t, a.text().anchors(), b.text().anchors()) || sameThing(a, b, sim))) {
            return true;
        }
        if (bursts.burstPair(a, b, sim)) {
            return true;
        }
        return accept(p, sameDept, sim, !a.text().village() && !b.text().village() && spans(a.topics(), b.topics()));
    }

    private boolean accept(Place p, boolean sameDept, double sim) {
        return accept(p, sameDept, sim, true);
    }

    /** {@code spans}: the problem may reach several neighbourhoods (see {@link #spans}). */
    private boolean accept(Place p, boolean sameDept, double sim, boolean spans) {
        return switch (p) {
            case SAME -> sim >= (sameDept ? t.simSameDepartment() : t.simAnyDepartment());
            case OTHER_NEIGHBORHOOD -> spans && sameDept && sim >= t.simOtherNeighborhood();
            case NONE -> false;
        };
    }

    /**
     * Whether one fault may show in several neighbourhoods: a water cut, a power cut, a garbage round, a blocked
     * sewer main reach many streets behind one broken main or lorry, and mosquitoes from one marsh reach every mahalle beside it; a flooded street, a fallen tree, a pothole or a dark street is where it
     * is, and on a storm day the flooded street of the next mahalle is another job. Reports naming no class keep
     * the general rule.
     */
    static boolean spans(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return !Collections.disjoint(a.isEmpty() ? b : a, NETWORK);
        }
        // "köpek çöp kutularının başında" beside a dog pack of the next mahalle: the class they share must spread
        for (String x : a) {
            if (NETWORK.contains(x) && (b.contains(x) || "pipe".equals(x) && b.contains("water")
                    || "water".equals(x) && b.contains("pipe"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NETWORK = Set.of("water", "electricity", "gas", "garbage", "pipe", "pest", "sewer");

}
