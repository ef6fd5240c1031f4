package tr.hemsehri.incident.grouping;

import java.time.Duration;

/** The tunable numbers of {@link GroupingEngine}; see {@code IncidentsConfig} for their meaning. */
public record Thresholds(Duration window, double simSameDepartment, double simAnyDepartment,
        double simOtherNeighborhood, boolean districtFallback, int spikeCount, Duration spikeWindow,
        Duration plannedGrace, boolean topicJoinsDepartments, boolean topicVeto, boolean transitLines,
        boolean structures, int localSpikeCount, double simLocalSpike, boolean skipSupport,
        boolean poolToNewIncident, Duration poolWindow, Duration lastingPoolWindow, boolean placeFromContext,
        boolean streetAnchors, Linkage linkage) {

    /**
     * Session 14's two ways a report reaches an incident besides its centroid: {@code members} recent members it may
     * resemble instead (at {@code memberDiscount} of that similarity; 0 = the centroid only), and a report that
     * names no class but says something is missing joins an incident of at least {@code contextSize} reports that
     * covers its mahalle at {@code simContext} (0 size = off).
     */
    public record Linkage(int members, double memberDiscount, int contextSize, double simContext) {
        public static final Linkage OFF = new Linkage(0, 1, 0, 1);
    }

    public static Thresholds defaults() {
        return new Thresholds(Duration.ofHours(6), 0.30, 0.55, 0.30, true, 4, Duration.ofHours(1),
                Duration.ofHours(2), true, true, true, true, 2, 0.40, true, true, Duration.ofHours(6),
                Duration.ofHours(24), true, true,
                new Linkage(8, 0.85, 5, 0.10));
    }

    public static Thresholds of(tr.hemsehri.incident.IncidentsConfig c) {
        return new Thresholds(c.window(), c.simSameDepartment(), c.simAnyDepartment(), c.simOtherNeighborhood(),
                c.districtFallback(), c.spikeCount(), c.spikeWindow(), c.plannedGrace(), c.topicJoinsDepartments(),
                c.topicVeto(), c.transitLines(), c.structures(), c.localSpikeCount(), c.simLocalSpike(),
                c.skipSupport(), c.poolToNewIncident(), c.poolWindow(), c.lastingPoolWindow(),
                c.placeFromContext(), c.streetAnchors(),
                new Linkage(c.memberLinkage(), c.memberLinkageDiscount(), c.contextJoinSize(), c.simContext()));
    }

    /** The same thresholds with the three session-11 rules on or off (to measure what each one does). */
    public Thresholds withRules(boolean topicJoins, boolean veto, boolean lines) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoins, veto, lines, structures, localSpikeCount,
                simLocalSpike, skipSupport, poolToNewIncident, poolWindow, lastingPoolWindow, placeFromContext,
                streetAnchors, linkage);
    }

    /** The same thresholds with the round-2 rules on or off ({@code localSpike} 0 = no small local groups). */
    public Thresholds withRound2(boolean structures, int localSpike, double simLocal, boolean skipSupport,
            boolean poolToNew) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoinsDepartments, topicVeto, transitLines, structures,
                localSpike, simLocal, skipSupport, poolToNew, poolWindow, lastingPoolWindow, placeFromContext,
                streetAnchors, linkage);
    }

    /**
     * The same thresholds with another pool window for every report, lasting things included (round 3: the pool as
     * long as the spike window = off).
     */
    public Thresholds withPoolWindow(Duration pool) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoinsDepartments, topicVeto, transitLines, structures,
                localSpikeCount, simLocalSpike, skipSupport, poolToNewIncident, pool, pool, placeFromContext,
                streetAnchors, linkage);
    }

    /** The same thresholds with the place taken from open incidents and pooled reports on or off. */
    public Thresholds withPlaceFromContext(boolean on) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoinsDepartments, topicVeto, transitLines, structures,
                localSpikeCount, simLocalSpike, skipSupport, poolToNewIncident, poolWindow, lastingPoolWindow, on,
                streetAnchors, linkage);
    }

    /** The same thresholds with other base numbers (the sweep). */
    public Thresholds withNumbers(double same, double any, int spike) {
        return new Thresholds(window, same, any, simOtherNeighborhood, districtFallback, spike, spikeWindow,
                plannedGrace, topicJoinsDepartments, topicVeto, transitLines, structures, localSpikeCount,
                simLocalSpike, skipSupport, poolToNewIncident, poolWindow, lastingPoolWindow, placeFromContext,
                streetAnchors, linkage);
    }

    /** The same thresholds with other linkage ({@link Linkage#OFF} = the session-13 method). */
    public Thresholds withLinkage(Linkage l) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoinsDepartments, topicVeto, transitLines, structures,
                localSpikeCount, simLocalSpike, skipSupport, poolToNewIncident, poolWindow, lastingPoolWindow,
                placeFromContext, streetAnchors, l);
    }

    /**
     * Whether a case of this category is grouped at all: praise and thanks ("metro istasyonu çok temiz olmuş,
     * teşekkürler") name the thing they thank for, but need no status update and must not join its breakdown.
     */
    public boolean groups(tr.hemsehri.nlp.Category category) {
        return !(skipSupport && category == tr.hemsehri.nlp.Category.SUPPORT);
    }
}
