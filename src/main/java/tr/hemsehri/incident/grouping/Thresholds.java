package tr.hemsehri.incident.grouping;

import java.time.Duration;

/** The tunable numbers of {@link GroupingEngine}; see {@code IncidentsConfig} for their meaning. */
public record Thresholds(Duration window, double simSameDepartment, double simAnyDepartment,
        double simOtherNeighborhood, boolean districtFallback, int spikeCount, Duration spikeWindow,
        Duration plannedGrace) {

    public static Thresholds defaults() {
        return new Thresholds(Duration.ofHours(6), 0.30, 0.55, 0.50, true, 4, Duration.ofHours(1),
                Duration.ofHours(2));
    }

    public static Thresholds of(tr.hemsehri.incident.IncidentsConfig c) {
        return new Thresholds(c.window(), c.simSameDepartment(), c.simAnyDepartment(), c.simOtherNeighborhood(),
                c.districtFallback(), c.spikeCount(), c.spikeWindow(), c.plannedGrace());
    }
}
