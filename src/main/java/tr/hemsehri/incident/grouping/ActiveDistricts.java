package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Places a report the analyser could not place in any district, from the districts where its problem is being
 * reported right now (see {@link PlaceFromContext}): "Cumhuriyet mah da musluktan su akmıyor" names a mahalle of
 * fifteen İzmir districts, "körfezde su yok" a district written like the common noun; on the morning Torbalı (or
 * Körfez) has an open water incident and has a mahalle (or is the district) of that name, the report is about it.
 * The district must be the only active one that fits; a mahalle needs a mahalle word after its name ("mah", "mh",
 * "mahallesi"), since most mahalle names are also words or people. A report of a problem of weeks is not placed by
 * this morning's outage.
 */
final class ActiveDistricts {
    /** Folded key → the mahalles of that name, every district ({@link tr.hemsehri.nlp.geo.DistrictNeighborhoods}). */
    interface Names extends Function<String, List<tr.hemsehri.nlp.geo.DistrictNeighborhoods.Place>> {
        Names NONE = k -> List.of();
    }

    private static final int MAX_WORDS = 3;
    private static final int MIN_DISTRICT_KEY = 4;

    private final OpenIncidents open;
    private final ReportPool pool;
    private final Names names;

    ActiveDistricts(OpenIncidents open, ReportPool pool, Names names) {
        this.open = open;
        this.pool = pool;
        this.names = names;
    }

    /** The report placed in the one active district its words fit, or the report itself. */
    Report resolve(Report r, Duration poolWindow, Duration window) {
        if (r.districtKey() != null || r.topics().isEmpty() || r.text().saysLongStanding()) {
            return r;
        }
        String[] keys = r.text().keys();
        String[] found = null;
        for (int i = 0; i < keys.length; i++) {
            StringBuilder span = new StringBuilder();
            for (int len = 1; len <= MAX_WORDS && i + len <= keys.length; len++) {
                span.append(keys[i + len - 1]);
                // "Uzundere'de su yok": a name written with a suffix after an apostrophe is a place, like one
                // before "mahallesi"
                boolean named = i + len < keys.length && isMahalleWord(keys[i + len])
                        || r.text().located(i + len - 1) && span.length() >= MIN_DISTRICT_KEY
                        && !tr.hemsehri.nlp.geo.PlaceMatcher.isOrdinaryNoun(span.toString());
                if (named) {
                    for (tr.hemsehri.nlp.geo.DistrictNeighborhoods.Place p : names.apply(span.toString())) {
                        String district = active(r, p.districtKey(), poolWindow, window);
                        if (district != null) {
                            found = merge(found, district, p.neighborhood());
                        }
                    }
                }
            }
            if (keys[i].length() >= MIN_DISTRICT_KEY) {
                for (String base : tr.hemsehri.nlp.geo.PlaceMatcher.baseForms(keys[i])) {
                    String district = active(r, base, poolWindow, window);
                    if (district != null) {
                        found = merge(found, district, null);
                    }
                }
            }
            if (found == AMBIGUOUS) {
                return r;
            }
        }
        return found == null ? r : r.at(found[0], found[1]);
    }

    /**
     * "Yalı mahallesinde su kesik" on the morning Güzelbahçe's Yalı is without water: the analyser took Karşıyaka's
     * Yalı, the largest of four, but when only another district with a Yalı has a live incident (or pooled reports)
     * of the report's class, and the guessed one has none, the report is about that one.
     */
    Report reconsider(Report r, Duration poolWindow, Duration window) {
        if (r.neighborhood() == null || r.topics().isEmpty() || r.text().saysLongStanding()
                || active(r, r.districtKey(), poolWindow, window) != null) {
            return r;
        }
        String[] found = null;
        for (tr.hemsehri.nlp.geo.DistrictNeighborhoods.Place p : names.apply(r.neighborhoodKey())) {
            if (!p.districtKey().equals(r.districtKey())) {
                String district = active(r, p.districtKey(), poolWindow, window);
                if (district != null) {
                    found = merge(found, district, p.neighborhood());
                }
            }
        }
        return found == null || found == AMBIGUOUS ? r : r.at(found[0], found[1]);
    }

    private static boolean isMahalleWord(String k) {
        return "mah".equals(k) || "mh".equals(k) || k.startsWith("mahalle");
    }

    /** The display name of this district when one of its open incidents or pooled reports shares a class, or null. */
    private String active(Report r, String districtKey, Duration poolWindow, Duration window) {
        for (Group g : open.at(districtKey)) {
            if (!g.planned && g.last != null && g.last.plus(window).isBefore(r.at())
                    || g.planned && (g.plannedEnd.plus(window).isBefore(r.at()) || r.at().plus(window).isBefore(g.plannedStart))) {
                continue;
            }
            // "sitelerde elektrik gitti" guessed Aliağa's Siteler, the largest: what guesses opened is no evidence
            if (BurstRules.related(r.topics(), g.mainTopics()) && g.district != null
                    && (g.planned || g.placedMembers > 0)) {
                return g.district;
            }
        }
        Instant horizon = r.at().minus(poolWindow);
        for (Report p : pool.fresh(districtKey, horizon)) {
            if (BurstRules.related(r.topics(), p.topics()) && p.district() != null && !p.placeGuessed()) {
                return p.district();
            }
        }
        return null;
    }

    private static final String[] AMBIGUOUS = new String[0];

    /** One district: a mahalle of it wins over the district alone; two districts are ambiguous. */
    private static String[] merge(String[] found, String district, String neighborhood) {
        if (found == null) {
            return new String[] {district, neighborhood};
        }
        if (found == AMBIGUOUS || !found[0].equals(district)) {
            return AMBIGUOUS;
        }
        if (found[1] == null || neighborhood == null || found[1].equals(neighborhood)) {
            return new String[] {district, found[1] != null ? found[1] : neighborhood};
        }
        return AMBIGUOUS;
    }
}
