package tr.hemsehri.incident.grouping;

import java.time.Instant;
import java.util.Set;

/**
 * One case as grouping sees it: where, when, which department the analyser (or a moderator) chose, and its text
 * signature. {@code neighborhood} and {@code district} are gazetteer names or null; {@code placeGuessed}: the
 * analyser took the larger of several same-named mahalles ({@code Analysis#placeGuessed}).
 */
public record Report(long caseId, String district, String neighborhood, String department, Instant at,
        TextSignature text, boolean placeGuessed) {

    public Report(long caseId, String district, String neighborhood, String department, Instant at,
            TextSignature text) {
        this(caseId, district, neighborhood, department, at, text, false);
    }

    public String districtKey() {
        return district == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(district);
    }

    public String neighborhoodKey() {
        return neighborhood == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(neighborhood);
    }

    /** The transport line the report is about ("bus:202", "metro", "tram"), or null. */
    public String line() {
        return text.line();
    }

    /** The named point structure the report is about ("altgecit:halkapinar"), or null. */
    public String structure() {
        String s = text.structure();
        if (s == null || !s.endsWith(":")) {
            return s;
        }
        // an unnamed one ("alt geçit göl olmuş") is named by the report's mahalle, as a named one by its name, so
        // "Adalet mah. kavşaktaki lamba" and "Adalet kavşağı" are one junction; without a mahalle by the district
        if (districtKey() == null) {
            return null;
        }
        return s + (neighborhood != null ? neighborhoodKey() : districtKey());
    }

    /** The problem classes the text names (see {@link TopicCues}). */
    public Set<String> topics() {
        return text.topics();
    }

    /** The same report placed elsewhere (the place grouping used for it). */
    public Report at(String district, String neighborhood) {
        return new Report(caseId, district, neighborhood, department, at, text);
    }

    /**
     * The district grouping uses for an analysed message: none when the text names no place and the district is
     * only the desk's own, unless the desk counts as the place ({@code IncidentsConfig#deskDistrictIsPlace}).
     */
    public static String groupingDistrict(String district, boolean fromDeskOnly, boolean deskIsPlace) {
        return fromDeskOnly && !deskIsPlace ? null : district;
    }

    /** Builds the signature with the place words removed. */
    public static Report of(long caseId, String text, String district, String neighborhood, String department,
            Instant at) {
        return of(caseId, text, district, neighborhood, department, at, false);
    }

    /** As above, for a place the analyser guessed ({@code placeGuessed}). */
    public static Report of(long caseId, String text, String district, String neighborhood, String department,
            Instant at, boolean placeGuessed) {
        String dk = district == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(district);
        String nk = neighborhood == null ? null : tr.hemsehri.nlp.text.TurkishNormalizer.key(neighborhood);
        return new Report(caseId, district, neighborhood, department, at, TextSignature.of(text, dk, nk),
                placeGuessed);
    }
}
