package tr.hemsehri.incident.grouping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
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
 * grouped automatically, unless they are about one transport line (a line is its own place, {@code transitLines}) or
 * name a street (they wait in the pool under it until an incident learns that street, {@code streetAnchors}).
 * The problem classes of {@link TopicCues} (flood, fallen tree, roof, water, ...) refine the department test: one
 * class named, the incident's own, counts as the same department ({@code topicJoinsDepartments}); classes that
 * differ keep a report out ({@code topicVeto}). Not thread-safe: callers synchronise.
 */
public final class GroupingEngine {

    public enum Outcome {
        /** Joined an existing incident. */
        JOINED,
        /** Completed a spike: a new incident holds the pooled reports and this one. */
        SPIKE,
        /** Kept in the pool of ungrouped recent reports (or, of no place, waiting for the mahalle or line it names). */
        POOLED,
        /** Not groupable (no district, line, structure or street). */
        SKIPPED
    }

    /**
     * What happened to a report; {@code members} are the reports of a new incident (SPIKE), or the report and the
     * pooled reports it brought along (JOINED; see {@link PoolSweep#sweep}), and either way the reports that wrote
     * before the incident was there and join it now ({@link Latecomers}): the caller links them all.
     */
    public record Decision(Outcome outcome, long incidentId, double similarity, List<Report> members) {
    }

    private final Thresholds t;
    private final JoinRules rules;
    private final java.time.Duration poolWindow;
    private final OpenIncidents open = new OpenIncidents();
    private final ReportPool pool;
    private final PendingOwners owners = new PendingOwners(open);
    private final PlaceFromContext context;
    private final PoolSweep sweep;
    private final Candidates candidates;
    private final SpikeDetector spikes;
    private final PlannedInterruptions planned;
    private final Suggestions suggestions;
    private final NewIncidentSuggestions proposals;
    private final Latecomers late;
    private final LineOfPlace lines;

    public GroupingEngine(Thresholds thresholds) {
        this(thresholds, (tr.hemsehri.nlp.geo.DistrictNeighborhoods) null);
    }

    /** {@code mahalles}: the gazetteer's, to place a report naming a mahalle of several districts (null = none). */
    public GroupingEngine(Thresholds thresholds, tr.hemsehri.nlp.geo.DistrictNeighborhoods mahalles) {
        this.t = thresholds;
        this.poolWindow = thresholds.poolWindow().compareTo(thresholds.spikeWindow()) < 0 ? thresholds.spikeWindow()
                : thresholds.poolWindow();
        this.pool = new ReportPool(thresholds.lastingPoolWindow().minus(poolWindow));
        ActiveDistricts.Names names = mahalles == null ? ActiveDistricts.Names.NONE : mahalles::named;
        this.context = new PlaceFromContext(open, pool, names);
        this.lines = new LineOfPlace(open);
        this.rules = new JoinRules(thresholds);
        this.sweep = new PoolSweep(open, pool, rules);
        this.candidates = new Candidates(thresholds, rules, open);
        this.planned = new PlannedInterruptions(thresholds, open);
        this.suggestions = new Suggestions(rules, open, pool, poolWindow, this::poolKey);
        this.proposals = new NewIncidentSuggestions(rules, pool, poolWindow, this::poolKey);
        this.late = new Latecomers(thresholds, names, sweep, rules, open, poolWindow, this::withContextPlace,
                this::poolKey);
        this.spikes = new SpikeDetector(this, thresholds, rules, open, pool, sweep, candidates, owners, poolWindow);
    }

    /** The ranked reports a moderator may link to an incident (the console's suggestions; off without a model). */
    public Suggestions suggestions() {
        return suggestions;
    }

    /** Groups of ungrouped reports a moderator may open as an incident (off without a model). */
    public NewIncidentSuggestions proposals() {
        return proposals;
    }

    public Thresholds thresholds() {
        return t;
    }

    static String key(String name) {
        return name == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(name);
    }

    /** The pool's key of a report: its index key, or for a report of no place the first street it names. */
    String poolKey(Report r) {
        String k = indexKey(r);
        return k != null && !k.isEmpty() ? k : STREET + r.text().anchors().iterator().next();
    }

    private static final String STREET = "street:";
    private static final int EXPIRE_EVERY = 256;
    private long placelessPooled;

    /** Where the engine looks for a report's incidents: its transport line, its named structure, else its district. */
    String indexKey(Report r) {
        if (t.transitLines() && r.line() != null) {
            return "line:" + r.line();
        }
        if (t.structures() && r.structure() != null) {
            return STRUCTURE + r.structure();
        }
        return r.districtKey();
    }

    static final String STRUCTURE = "structure:";

    /** The report with the neighbourhood {@link PlaceFromContext} names for it (or itself); {@link #offer} applies it. */
    public Report withContextPlace(Report r) {
        if (!t.placeFromContext()) {
            return r;
        }
        return context.resolve(t.transitLines() ? context.withLine(r, poolWindow, t.window()) : r, poolWindow,
                t.window());
    }

    /** Groups one report: joins an incident, opens one (spike; the id comes from {@code newIncident}) or pools it. */
    public Decision offer(Report r, LongSupplier newIncident) {
        return offerOpening(r, opening -> newIncident.getAsLong());
    }

    /**
     * As {@link #offer}, but a spike's id comes from {@code newIncident} given the report that completed it, placed as
     * grouping placed it (the place from context), so the caller can title the new incident without resolving the
     * place a second time.
     */
    public Decision offerOpening(Report r, java.util.function.ToLongFunction<Report> newIncident) {
        if (t.skipSupport() && r.text().onlyThanks()) {
            return new Decision(Outcome.SKIPPED, 0, 0, List.of()); // as praise the classifier recognised
        }
        r = withContextPlace(r);
        String dk = indexKey(r);
        if (dk == null || dk.isEmpty() || r.text().isEmpty()) {
            Group announced = r.text().isEmpty() ? null : planned.announcedTo(r);
            if (announced != null) {
                addMember(announced, r);
                return new Decision(Outcome.JOINED, announced.id, announced.similarity(r.text()), List.of(r));
            }
            if (t.streetAnchors() && !r.text().isEmpty() && !r.text().anchors().isEmpty()) {
                // "Menderes caddesi patlak boru", no district: it waits for an incident that learns the street
                if (++placelessPooled % EXPIRE_EVERY == 0) {
                    pool.expire(STREET, r.at().minus(poolWindow)); // a street named once is never looked up again
                }
                Decision street = spikes.placeless(r, newIncident); // "alemdar cd ağaç devrildi", twice
                if (street != null) {
                    return street;
                }
                pool.add(poolKey(r), r);
                return new Decision(Outcome.POOLED, 0, 0, List.of(r));
            }
            if (late.waitFor(r)) {
                return new Decision(Outcome.POOLED, 0, 0, List.of(r)); // until an incident reaches the mahalle it names
            }
            return new Decision(Outcome.SKIPPED, 0, 0, List.of());
        }
        Group best = candidates.choose(dk, r);
        double bestSim = best == null ? -1 : best.similarity(r.text());
        if (best != null) {
            // most reports name no street: no set, no sweep
            java.util.Set<String> newStreets = r.text().anchors().isEmpty() ? java.util.Set.of()
                    : new java.util.HashSet<>(r.text().anchors());
            if (!newStreets.isEmpty()) {
                newStreets.removeAll(best.anchors);
            }
            // "Yurdoğlu Mahallesi'nde musluktan damla gelmiyor" waited in the pool until the outage reached Yurdoğlu
            boolean newArea = r.neighborhoodKey() != null && !best.covers(r.neighborhoodKey()) && !best.planned
                    && best.line == null && best.structure == null && dk.equals(r.districtKey());
            java.util.Set<String> areaBefore = newArea ? best.areaKeys() : null;
            addMember(best, r);
            if (best.neighborhood == null && r.neighborhood() != null && !best.planned && best.line == null
                && best.structure == null) {
                best.neighborhood = r.neighborhood();
                best.neighborhoodKey = key(r.neighborhood());
            }
            List<Report> joined = t.streetAnchors() && !newStreets.isEmpty()
                    ? sweep.sweep(best, newStreets, r, poolWindow, this::poolKey) : List.of();
            if (newArea) {
                List<Report> more = sweep.mahalle(best, dk, r, poolWindow, this::poolKey);
                if (!more.isEmpty()) {
                    joined = joined.isEmpty() ? more : concat(joined, more);
                }
                java.util.Set<String> reachedNow = best.areaKeys();
                reachedNow.removeAll(areaBefore); // the new mahalle, its name's words, those the swept reports brought
                more = late.reached(best, reachedNow, r.at());
                if (!more.isEmpty()) {
                    joined = joined.isEmpty() ? more : concat(joined, more);
                }
            }
            if (joined.isEmpty()) {
                return new Decision(Outcome.JOINED, best.id, bestSim, List.of(r));
            }
            List<Report> members = new ArrayList<>(joined.size() + 1);
            members.add(r);
            members.addAll(joined);
            return new Decision(Outcome.JOINED, best.id, bestSim, members);
        }
        Group line = t.transitLines() ? lines.of(r, t.window()) : null;
        if (line != null) {
            addMember(line, r); // "Başiskele'de otobüsler çalışmıyor mu?" while only line 155 fails there
            return new Decision(Outcome.JOINED, line.id, line.similarity(r.text()), List.of(r));
        }
        Decision d = spikes.offer(r, dk, newIncident);
        if (d.outcome() == Outcome.POOLED) {
            return d;
        }
        Group g = open.get(d.incidentId());
        // a sibling burst reached new mahalles; a spike opened: those who wrote before it was there join now
        List<Report> more = g == null ? List.of()
                : d.outcome() == Outcome.SPIKE ? late.opened(g, r.at()) : late.reached(g, g.areaKeys(), r.at());
        return more.isEmpty() ? d : new Decision(d.outcome(), d.incidentId(), d.similarity(), concat(d.members(), more));
    }

    private static List<Report> concat(List<Report> a, List<Report> b) {
        List<Report> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    private void addMember(Group g, Report r) {
        open.addMember(g, r);
    }

    /**
     * Who is offering reports now (the caller's transaction; null = no transactions, as in tools and tests): an
     * incident a spike opens belongs to it until {@link #committed} is called.
     */
    public void owner(Object transaction) {
        owners.owner(transaction);
    }

    /** The transaction that opened these incidents committed: their rows are visible to everyone now. */
    public void committed(Collection<Long> ids) {
        owners.committed(ids);
    }

    /**
     * Whether the incident was opened by a transaction other than the current owner's that has not committed: a
     * report joined to it must wait for that commit before its link can be stored (the foreign key).
     */
    public boolean pendingElsewhere(long id) {
        return owners.pendingElsewhere(id);
    }

    /** Registers an incident with these members (spike, reload, manual creation). */
    public Group create(long id, Collection<Report> members) {
        Report first = members.iterator().next();
        String line = t.transitLines() ? Group.mostCommonLine(members, Report::line) : null;
        String structure = t.structures() && line == null ? Group.mostCommonLine(members, Report::structure) : null;
        Group g = new Group(id, first.district(), Group.mostCommon(members, true), Group.mostCommon(members, false),
                line, structure);
        g.linkage(t.linkage().members(), t.linkage().memberDiscount());
        open.index(g);
        for (Report m : members) {
            addMember(g, m);
        }
        return g;
    }

    /** Registers a planned interruption; its announcement text stands in for the reports it expects. */
    public Group planned(long id, String district, String neighborhood, String department, Instant start,
            Instant end, String announcement) {
        return planned.register(id, district, neighborhood, department, start, end, announcement);
    }

    /** As above, with only the chosen neighbourhood (or the whole district) as its area. */
    public Group planned(long id, String district, String neighborhood, String department, Instant start,
            Instant end, TextSignature announcement) {
        return planned.register(id, district, neighborhood, department, start, end, announcement);
    }

    /** Adds a report to a known incident (manual link, reload). */
    public void addTo(long id, Report r) {
        Group g = open.get(id);
        if (g != null) {
            addMember(g, r);
        }
    }

    /** The incident's current public status text (an update or an announcement; null = none) changed. */
    public void announce(long id, String publicText) {
        Group g = open.get(id);
        if (g != null) {
            g.publicText = publicText;
        }
    }

    /** Puts a recent ungrouped report in the pool (reload). */
    public void pool(Report r) {
        if (t.skipSupport() && r.text().onlyThanks()) {
            return; // as offer: a thank-you waits for nothing
        }
        String k = indexKey(r);
        if (k != null && !k.isEmpty() || t.streetAnchors() && !r.text().anchors().isEmpty()) {
            pool.add(poolKey(r), r);
        } else {
            late.waitFor(r);
        }
    }

    /** The incident stops taking reports (resolved, dismissed, merged). */
    public void close(long id) {
        open.remove(id);
    }

    public void clear() {
        open.clear();
        pool.clear();
        late.clear();
    }

    public Group group(long id) {
        return open.get(id);
    }

    public int openGroups() {
        return open.size();
    }

    public int pooled() {
        return pool.size();
    }

    /** For tests and tools: iterate the open incidents. */
    public Iterator<Group> iterator() {
        return open.all().iterator();
    }
}
