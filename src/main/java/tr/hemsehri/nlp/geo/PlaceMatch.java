package tr.hemsehri.nlp.geo;

/**
 * Where a message is about. All fields may be null. {@code viaAlias} is true when the district came from a
 * colloquial alias (then {@code neighborhood} is always null); {@code fromScope} when the text names no place and the
 * district is the installation's own (a district municipality's desk); {@code guessed} when the neighbourhood is
 * the dominant one of several of that name and the text names neither district ({@code PlaceResolver#dominant}).
 */
public record PlaceMatch(String district, String neighborhood, Long neighborhoodId, boolean viaAlias,
        boolean fromScope, boolean guessed) {
    public static final PlaceMatch NONE = new PlaceMatch(null, null, null, false, false, false);
}
