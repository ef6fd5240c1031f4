package tr.hemsehri.moderation.model;

import tr.hemsehri.nlp.Category;

/**
 * A moderator's override of the suggested classification. Absent fields stay as they are; to clear the
 * neighbourhood send an empty string.
 */
public record ClassificationChange(
        Category category,
        String department,
        Boolean urgent,
        String district,
        String neighborhood,
        Long neighborhoodId) {
}
