package tr.hemsehri.moderation.model;

import tr.hemsehri.ingest.model.Platform;
import tr.hemsehri.nlp.Category;

/** Queue filters; every field is optional. {@code department} is a department code, {@code assignee} a user name. */
public record CaseFilter(
        CaseStatus status,
        Category category,
        Boolean urgent,
        Platform platform,
        String department,
        String district,
        String neighborhood,
        String assignee,
        String q) {
}
