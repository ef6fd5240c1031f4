package tr.hemsehri.nlp.geo;

/**
 * Where a message is about. All fields may be null. {@code viaAlias} is true when the district came from a
 * colloquial alias (then {@code neighborhood} is always null).
 */
public record PlaceMatch(String district, String neighborhood, Long neighborhoodId, boolean viaAlias) {
    public static final PlaceMatch NONE = new PlaceMatch(null, null, null, false);
}
