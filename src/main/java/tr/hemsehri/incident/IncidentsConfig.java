package tr.hemsehri.incident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Incident grouping thresholds. A new case joins an open incident when it is in the same place, within the time
 * window, and its text is similar enough (cosine of character-3-gram + word vectors, see {@code TextSignature}).
 * Defaults were tuned on nlp-models/incidents/streams (see nlp-models/incidents/REPORT.md).
 */
@ConfigMapping(prefix = "hemsehri.incidents")
public interface IncidentsConfig {
    /** Group new cases into incidents at all (observer on CaseOpened). */
    @WithDefault("true")
    boolean enabled();

    /** A case joins an incident only if the incident's last report is at most this old. */
    @WithDefault("PT6H")
    Duration window();

    /** Minimum text similarity (0..1) to join an incident of the same department, same neighbourhood. */
    @WithDefault("0.30")
    double simSameDepartment();

    /** Minimum text similarity to join when the departments differ or one is unknown (topic by text alone). */
    @WithDefault("0.55")
    double simAnyDepartment();

    /**
     * Minimum text similarity to join an incident of the same department in another neighbourhood of the same
     * district (one problem across two neighbourhoods, e.g. a main pipe). Only problems that reach many streets
     * (water, power, gas, a garbage round, a burst pipe) cross a mahalle border at all; swept on the tuning sets
     * (0.30–0.50): 0.40 kept their precision and recovered the cuts reported from a third mahalle. Session 15, with
     * twelve sets: 0.30 (the same-department bar) recovers the dry mahalles around a burst that 0.40 left out
     * (heldout10 +0.09 recall, heldout9 +0.04), costing heldout6 0.006 precision.
     */
    @WithDefault("0.30")
    double simOtherNeighborhood();

    /**
     * When the case or the incident knows only the district (no neighbourhood), compare at district level; false
     * keeps such cases out of grouping.
     */
    @WithDefault("true")
    boolean districtFallback();

    /** Early warning: this many similar, ungrouped reports in one place within spike-window open a SUGGESTED incident. */
    @WithDefault("4")
    int spikeCount();

    /** Early warning window. */
    @WithDefault("PT1H")
    Duration spikeWindow();

    /**
     * How long an ungrouped report waits in its place's pool. Only the reports of the last spike-window count for
     * the early-warning spike, but a small local group (local-spike-count) and the reports offered to a newly opened
     * incident may be this old: neighbours report one dark street at 08:00 and at 14:00. At least spike-window.
     */
    @WithDefault("PT6H")
    Duration poolWindow();

    /**
     * How long a report of a thing that stays broken until someone fixes it (garbage, a pothole, a dark street,
     * stray dogs, a broken playground, an overflowing drain) waits in the pool: a neighbour who writes "çöp hâlâ
     * orada" in the evening reports the morning's pile. Outages, lines and floods keep pool-window. At least
     * pool-window.
     */
    @WithDefault("PT24H")
    Duration lastingPoolWindow();

    /**
     * A report whose place the analyser left open ("kocatepe su yok": a lower-case name; "Uzundere'de su yok": a
     * name two districts share) takes the neighbourhood of an open incident or a pooled report when its text names
     * that neighbourhood, they share a problem class, and exactly one such neighbourhood is named. The case keeps
     * the analyser's place; only grouping uses this one.
     */
    @WithDefault("true")
    boolean placeFromContext();

    /**
     * Reports of one place that name the same street by number or name ("1469 sk", "Kartal sokak") are about one
     * thing whatever else they say (a topic veto still keeps a pothole and a dark lamp of one street apart), and a
     * report that names only the street ("1469 sokaktaki dal hala orada") takes the place of the active reports
     * that name it. A report of no place naming a street waits in the pool under it, and when an incident learns a
     * street from a new member, pooled reports naming it join the incident if they match it now.
     */
    @WithDefault("true")
    boolean streetAnchors();

    /**
     * Whether a message that names no place at all counts, for grouping, as written from the desk's own district
     * (a district municipality's installation). Off: "sabahtan beri su yok bizde" on a day two mahalles of the
     * district are without water joins neither (it may live in a third); it joins only by a line or a street it
     * names, or a mahalle grouping can place. The case keeps the district either way, for routing and reports.
     */
    @WithDefault("false")
    boolean deskDistrictIsPlace();

    /**
     * How many of an incident's latest members a report may resemble instead of the incident as a whole (0 = the
     * centroid only): a short "Bornova'da su yok" is close to the last short report but far from a centroid that
     * long complaints pulled towards their own words.
     */
    @WithDefault("8")
    int memberLinkage();

    /** The share of a member's similarity that counts (below 1: resembling one member is weaker evidence). */
    @WithDefault("0.85")
    double memberLinkageDiscount();

    /**
     * A report that names no problem class but says something is missing or asks when it returns ("Kozağaç'ta da
     * yok 😤", "bizde de gelmedi, ne zaman gelir") joins an incident of at least this many reports that covers its
     * mahalle (0 = off); of two such incidents with different classes it joins neither.
     */
    @WithDefault("5")
    int contextJoinSize();

    /** Similarity such a report still needs with the incident (context-join-size). */
    @WithDefault("0.10")
    double simContext();

    /**
     * Probability (of the shipped join model, nlp-models/models/incident-join.txt) from which an ungrouped recent
     * report is suggested on an incident's page for a moderator to link; above 1 = no suggestions. At 0.5, left one
     * set out, 81% of the suggestions were right and they found half of the reports they could find
     * (nlp-models/incidents/REPORT.md).
     */
    @WithDefault("0.5")
    double suggestionThreshold();

    /**
     * Pair probability (of the same model's "P." features) from which ungrouped reports of one place, settled for an
     * hour (the early warning had its chance), are proposed on the incident list as one incident a moderator may
     * open; above 1 = no proposals. At 0.7, left one set out, 91% of the proposed pairs were one incident.
     */
    @WithDefault("0.7")
    double proposalThreshold();

    /**
     * A planned interruption still absorbs reports this long after its announced end, or after its last report when
     * it overruns (reports keep coming), but never longer than {@code window} past its announced end.
     */
    @WithDefault("PT2H")
    Duration plannedGrace();

    /**
     * When a report's text names exactly one problem class (flood, fallen tree, roof, water, ...; see
     * {@code TopicCues}) and the incident's reports mostly name the same one, compare them as if their departments
     * agreed (sim-same-department, and another neighbourhood with sim-other-neighborhood): the analyser files one
     * flooded underpass under water, public works, fire or transport.
     */
    @WithDefault("true")
    boolean topicJoinsDepartments();

    /**
     * A report whose text names problem classes never joins an incident (or pairs with a pooled report) whose
     * reports name other ones (a fallen tree and a flood in the same street are two incidents); flood and sewer
     * count as one family.
     */
    @WithDefault("true")
    boolean topicVeto();

    /**
     * A report about one transport line only ("202 numaralı otobüs", "ESHOT 302", "metro", "tramvay") is grouped
     * by the line instead of by the district it was written from: a line runs through several districts.
     */
    @WithDefault("true")
    boolean transitLines();

    /**
     * A report naming a point structure ("Halkapınar alt geçidi", "X köprüsü", "X üst geçidi", "X tüneli") is
     * grouped by the structure instead of by the district: the analyser often resolves no place for it (an
     * ambiguous or unofficial name), and the structure is the thing one crew fixes.
     */
    @WithDefault("true")
    boolean structures();

    /**
     * Early warning for a small local problem: this many pooled reports (with the new one) open a suggested incident
     * when they are all in one neighbourhood (or one structure), name one problem class in common and reach
     * sim-local-spike (a street light row three neighbours report). 0 = only spike-count opens incidents.
     */
    @WithDefault("2")
    int localSpikeCount();

    /** Similarity a small local group (local-spike-count) needs, on top of the same neighbourhood and class. */
    @WithDefault("0.40")
    double simLocalSpike();

    /** Praise and thanks (the analyser's SUPPORT category) are not grouped: they need no status update. */
    @WithDefault("true")
    boolean skipSupport();

    /**
     * When a spike opens an incident, the rest of its place's pool is offered to it: the first report of an outage
     * ("ana boru mu patladı?") may not have been similar enough to the report that completed the spike.
     */
    @WithDefault("true")
    boolean poolToNewIncident();

    /** Longest status-update text a moderator may send (X allows 280 characters with the greeting and reference). */
    @WithDefault("140")
    int maxUpdateLength();

    /** How often the in-memory grouping index is checked for a reload (after a rollback or a manual change elsewhere). */
    @WithDefault("5s")
    String reloadInterval();
}
