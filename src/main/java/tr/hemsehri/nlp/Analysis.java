package tr.hemsehri.nlp;

import java.util.Map;

/**
 * What the NLP stage says about one message. {@code department} is a department code (see
 * {@code DepartmentCodes}); {@code district}/{@code neighborhood} are official gazetteer names, null when unknown
 * or ambiguous; {@code neighborhoodId} is the TÜİK id. {@code districtFromScope}: the text names no place, the
 * district is the installation's own (a district municipality's desk). {@code placeGuessed}: the neighbourhood is
 * the much larger of several of that name and the text named no district, so a caller that knows more (today's
 * incidents) may place it elsewhere.
 */
public record Analysis(
        Category category,
        double confidence,
        Map<Category, Double> scores,
        boolean urgent,
        String urgencyReason,
        OutOfScope outOfScope,
        String department,
        String district,
        String neighborhood,
        Long neighborhoodId,
        boolean districtFromScope,
        boolean placeGuessed) {
}
