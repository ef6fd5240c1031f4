package tr.hemsehri.incident.grouping;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An open incident as {@link GroupingEngine} sees it: where (a district and maybe a neighbourhood, or a transport
 * line), when its last report came, the sum of its members' text vectors (the centroid's direction) and how many
 * members named each problem class.
 */
public final class Group {
    final long id;
    /** The engine's index: the district key, "line:" + the line, or "structure:" + the named structure. */
    final String indexKey;
    final String line;
    final String structure;
    final String districtKey;
    String district;
    String neighborhood;
    String neighborhoodKey;
    String department;
    boolean planned;
    /**
     * The transaction that opened this incident and has not committed yet, or null: until it commits, the incident's
     * row is invisible to every other transaction (see {@link GroupingEngine#pendingElsewhere}).
     */
    Object pendingOwner;
    /**
     * What a newcomer is answered with at once (the last update, or a planned interruption's announcement), or
     * null; kept here so that grouping a report reads nothing from the database.
     */
    String publicText;
    Instant plannedStart;
    Instant plannedEnd;
    Instant last;
    int size;
    final Map<String, Double> sum = new HashMap<>();
    double squares;
    double norm;
    /** Class → members that named it; {@code topical} = members that named any. */
    final Map<String, Integer> topics = new HashMap<>();
    int topical;
    /** {@link #mainTopics()} until the next member: every report compares with every incident of its district. */
    private Set<String> main = Set.of();

    Group(long id, String district, String neighborhood, String department, String line, String structure) {
        this.id = id;
        this.district = district;
        this.districtKey = GroupingEngine.key(district);
        this.line = line;
        this.structure = line != null ? null : structure;
        this.indexKey = line != null ? "line:" + line
                : this.structure != null ? GroupingEngine.STRUCTURE + this.structure : districtKey;
        this.neighborhood = line != null || this.structure != null ? null : neighborhood;
        this.neighborhoodKey = GroupingEngine.key(this.neighborhood);
        this.department = department;
    }

    /**
     * The neighbourhoods this incident's members wrote from (keys): a water cut that joined reports of Kozağaç and
     * Yıldız is in both, so the next Yıldız report is in its place.
     */
    final Map<String, String> area = new HashMap<>(2);
    /** The distinctive words of its multi-word neighbourhood names ("istiklal" → "Ulucak İstiklal"). */
    final Map<String, String> areaParts = new HashMap<>(1);

    /** A member wrote from a village ({@link TextSignature#village}): the problem stays in its mahalle. */
    boolean village;
    /** The streets its members named ({@link StreetAnchors}). */
    final Set<String> anchors = new HashSet<>(2);

    /**
     * A line incident's stops: the districts (keys) and "district/mahalle" keys its members wrote from, so a report
     * of a stopped bus that names no line finds the one line failing there ({@link LineOfPlace}).
     */
    final Set<String> stops = new HashSet<>(2);

    /** Members saying a road is shut or reopened ({@link RoadClosures}). */
    int closures;
    /** Members whose place the analyser read, not guessed among same-named mahalles ({@link ActiveDistricts}). */
    int placedMembers;

    /** Adds a member; true when it brought a neighbourhood the incident did not cover. */
    boolean add(Report r) {
        if (!r.placeGuessed()) {
            placedMembers++;
        }
        if (RoadClosures.closedRoad(r.text().keys())) {
            closures++;
        }
        if (line != null && r.districtKey() != null) {
            stops.add(r.districtKey());
            if (r.neighborhoodKey() != null) {
                stops.add(r.districtKey() + "/" + r.neighborhoodKey());
            }
        }
        add(r.text(), r.at());
        anchors.addAll(r.text().anchors());
        village |= r.text().village();
        return r.neighborhoodKey() != null && line == null && structure == null && !planned
                && area.putIfAbsent(r.neighborhoodKey(), r.neighborhood()) == null;
    }

    /** Whether a report at {@code at} is within {@code window} of the last member (an incident of none is live). */
    boolean live(Instant at, java.time.Duration window) {
        return last == null || !last.plus(window).isBefore(at);
    }

    /**
     * Whether an announced interruption takes a report at {@code at}: from {@code grace} before its start ("bugün su
     * kesilecek mi, saat kaçta?" is a question about it) to {@code grace} after the later of its announced end and
     * its last report, since a cut that overruns keeps its reports coming, but no later than one {@code window} past
     * its announced end.
     */
    boolean plannedTakes(Instant at, java.time.Duration grace, java.time.Duration window) {
        Instant end = last != null && last.isAfter(plannedEnd) ? last : plannedEnd;
        Instant cap = plannedEnd.plus(window);
        end = end.isAfter(cap) ? cap : end;
        return !at.isBefore(plannedStart.minus(grace)) && !at.isAfter(end.plus(grace));
    }

    /** Whether the neighbourhood (key) is this incident's own or one of its members'. */
    boolean covers(String nbKey) {
        return nbKey != null && (nbKey.equals(neighborhoodKey) || area.containsKey(nbKey));
    }

    /** The keys of every neighbourhood it covers (its own and its members'). */
    java.util.Set<String> areaKeys() {
        java.util.Set<String> out = new java.util.HashSet<>(area.keySet());
        out.addAll(areaParts.keySet());
        if (neighborhoodKey != null) {
            out.add(neighborhoodKey);
        }
        return out;
    }

    /** Whether one of the latest members names this place ({@link RoadClosures}). */
    boolean recentNames(String key) {
        Set<String> one = Set.of(key);
        for (TextSignature s : recent) {
            if (RoadClosures.names(s.keys(), one)) {
                return true;
            }
        }
        return false;
    }

    /** The latest members' signatures, newest last, at most {@code keepRecent} (see {@link #similarity}). */
    private final java.util.ArrayDeque<TextSignature> recent = new java.util.ArrayDeque<>();
    private int keepRecent;
    private double recentDiscount = 1;

    /** Lets a report resemble one of the latest {@code members} members instead of the centroid (0 = off). */
    void linkage(int members, double discount) {
        keepRecent = members;
        recentDiscount = discount;
    }

    void add(TextSignature s, Instant at) {
        if (keepRecent > 0) {
            recent.addLast(s);
            if (recent.size() > keepRecent) {
                recent.removeFirst();
            }
        }
        // the squared norm follows each changed component, so a large incident costs no more per report
        for (Map.Entry<String, Float> e : s.weights().entrySet()) {
            double before = sum.getOrDefault(e.getKey(), 0.0);
            double after = before + e.getValue();
            sum.put(e.getKey(), after);
            squares += after * after - before * before;
        }
        norm = Math.sqrt(Math.max(0, squares));
        size++;
        if (!s.topics().isEmpty()) {
            topical++;
            for (String t : s.topics()) {
                topics.merge(t, 1, Integer::sum);
            }
            Set<String> m = new HashSet<>();
            for (Map.Entry<String, Integer> e : topics.entrySet()) {
                // a burst pipe named by two members explains the floods and the cuts around it for the whole
                // incident, however many others write only "su yok" or "göl oldu"
                if (2 * e.getValue() >= topical || "pipe".equals(e.getKey()) && e.getValue() >= 2) {
                    m.add(e.getKey());
                }
            }
            main = Set.copyOf(m);
        }
        if (at != null && (last == null || at.isAfter(last))) {
            last = at;
        }
    }

    /**
     * Cosine between the text and the centroid of the members, or (discounted) with one of the latest members when
     * that is closer: one outage is written about in a few different ways, and a centroid of long complaints is far
     * from the short ones.
     */
    public double similarity(TextSignature s) {
        if (norm == 0 || s.isEmpty()) {
            return 0;
        }
        double best = centroid(s);
        for (TextSignature m : recent) {
            best = Math.max(best, recentDiscount * m.cosine(s));
        }
        return best;
    }

    private double centroid(TextSignature s) {
        double dot = 0;
        for (Map.Entry<String, Float> e : s.weights().entrySet()) {
            Double v = sum.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        return dot / norm;
    }

    /** The classes at least half of the members that named any class named: what this incident is about. */
    Set<String> mainTopics() {
        return main;
    }

    public long id() {
        return id;
    }

    /** An announced planned interruption (its reports are linked as PLANNED). */
    public boolean planned() {
        return planned;
    }

    /** The status text a report joining this incident gets at once, or null. */
    public String publicText() {
        return publicText;
    }

    public int size() {
        return size;
    }

    /** The named structure this incident is about ("altgecit:halkapinar"), or null. */
    public String structure() {
        return structure;
    }

    /** The transport line this incident is about, or null. */
    public String line() {
        return line;
    }

    /** For explanations and tests. */
    public Set<String> topics() {
        return mainTopics();
    }

    /** The line (structure) at least half of the members are about (a moderator may have linked others), or null. */
    static String mostCommonLine(java.util.Collection<Report> members,
            java.util.function.Function<Report, String> key) {
        java.util.Map<String, Integer> counts = new HashMap<>();
        for (Report m : members) {
            String k = key.apply(m);
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> 2 * e.getValue() >= members.size())
                .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    static String mostCommon(java.util.Collection<Report> members, boolean neighborhood) {
        java.util.Map<String, Integer> counts = new HashMap<>();
        for (Report m : members) {
            String v = neighborhood ? m.neighborhood() : m.department();
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }
}
