package tr.hemsehri.moderation.model;

import java.util.List;

/**
 * One page of results. {@code total} is exact up to {@code totalLimit}; beyond it {@code totalCapped} is true,
 * because an exact count over a million-row queue costs more than it tells a moderator.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {
    public static final int TOTAL_LIMIT = 1_000;
}
