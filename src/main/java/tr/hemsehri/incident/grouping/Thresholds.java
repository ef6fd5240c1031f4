package tr.hemsehri.incident.grouping;

import java.time.Duration;

/** The tunable numbers of {@link GroupingEngine}; see {@code IncidentsConfig} for their meaning. */
public record Thresholds(Duration window, double simSameDepartment, double simAnyDepartment,
        double simOtherNeighborhood, boolean districtFallback, int spikeCount, Duration spikeWindow,
        Duration plannedGrace, boolean topicJoinsDepartments, boolean topicVeto, boolean transitLines) {

    public static Thresholds defaults() {
        return new Thresholds(Duration.ofHours(6), 0.30, 0.55, 0.50, true, 4, Duration.ofHours(1),
                Duration.ofHours(2), true, true, true);
    }

    public static Thresholds of(tr.hemsehri.incident.IncidentsConfig c) {
        return new Thresholds(c.window(), c.simSameDepartment(), c.simAnyDepartment(), c.simOtherNeighborhood(),
                c.districtFallback(), c.spikeCount(), c.spikeWindow(), c.plannedGrace(), c.topicJoinsDepartments(),
                c.topicVeto(), c.transitLines());
    }

    /** The same thresholds with the three session-11 rules on or off (to measure what each one does). */
    public Thresholds withRules(boolean topicJoins, boolean veto, boolean lines) {
        return new Thresholds(window, simSameDepartment, simAnyDepartment, simOtherNeighborhood, districtFallback,
                spikeCount, spikeWindow, plannedGrace, topicJoins, veto, lines);
    }
}
