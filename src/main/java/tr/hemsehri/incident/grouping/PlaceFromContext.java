package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tr.hemsehri.nlp.geo.PlaceMatcher;

/**
 * Names the neighbourhood of a report the analyser left without one, from what is going on right now. The analyser
 * must not guess ("kocatepe su yok" in lower case could be a word; "Uzundere" is a mahalle of two districts), but
 * on the morning Kocatepe reports a water cut, a report naming Kocatepe and a water class is about that Kocatepe.
 * A word (or two or three words run together, with a case suffix or not) of the report must be the key of a
 * neighbourhood that an open incident covers or a pooled report was written from, that incident or report must
 * share a problem class with it, agree with its district when it has one, and be the only such neighbourhood.
 */
final class PlaceFromContext {
    private static final int MIN_KEY = 4;
    private static final int MAX_WORDS = 3;

    private final OpenIncidents open;
    private final Map<String, List<Group>> byArea;
    private final Map<String, List<Group>> byStreet;
    private final ReportPool pool;
    private final ActiveDistricts districts;

    PlaceFromContext(OpenIncidents open, ReportPool pool, ActiveDistricts.Names names) {
        this.open = open;
        this.byArea = open.byArea;
        this.byStreet = open.byStreet;
        this.pool = pool;
        this.districts = new ActiveDistricts(open, pool, names);
    }

    /**
     * "142 gelmiyo 40 dk oldu", "253 yok hala": a bare number is the bus line when exactly that line is being
     * reported right now (an open incident or pooled reports under its key); no line word is needed then.
     */
    Report withLine(Report r, Duration poolWindow, Duration window) {
        // "142 sabahtan beri yok, metrobüse yürüyerek gidiyoruz": the mode named is the detour when no incident or
        // pooled report is about it and the number is a live bus line
        if (r.line() != null && (r.line().startsWith("bus:") || lineActive(r.line(), r.at(), poolWindow, window))) {
            return r;
        }
        String found = null;
        String[] keys = r.text().keys();
        for (int i = 0; i < keys.length; i++) {
            String k = LineCues.digits(keys[i]);
            if (k == null || LineCues.durationOrTime(keys, i)) {
                continue; // "Sevgi hâlâ susuz, 3 saat oldu" beside bus 3's incident: three hours, not the line
            }
            String line = "bus:" + k;
            if (lineActive(line, r.at(), poolWindow, window)) {
                if (found != null && !found.equals(line)) {
                    return r; // two active lines named: cannot tell which one
                }
                found = line;
            }
        }
        return found == null || found.equals(r.line()) ? r
                : new Report(r.caseId(), r.district(), r.neighborhood(), r.department(), r.at(), r.text().withLine(found),
                        r.placeGuessed());
    }

    private boolean lineActive(String line, java.time.Instant at, Duration poolWindow, Duration window) {
        for (Group g : open.at("line:" + line)) {
            if (g.live(at, window)) {
                return true;
            }
        }
        return !pool.fresh("line:" + line, at.minus(poolWindow)).isEmpty();
    }


    /** The report with the one neighbourhood its text names among the active ones, or the report itself. */
    Report resolve(Report r, Duration poolWindow, Duration window) {
        r = withActiveStreets(r, poolWindow, window);
        if (r.placeGuessed()) {
            return districts.reconsider(r, poolWindow, window);
        }
        if (r.districtKey() == null && r.line() == null && !r.text().anchors().isEmpty()) {
            Report placed = byStreet(r, poolWindow, window);
            if (placed != r) {
                return placed;
            }
        }
        if (r.neighborhood() != null || r.line() != null || r.topics().isEmpty()) {
            return r;
        }
        String[] keys = r.text().keys();
        String district = null;
        String neighborhood = null;
        String foundKey = null;
        for (int i = 0; i < keys.length; i++) {
            StringBuilder span = new StringBuilder();
            for (int len = 1; len <= MAX_WORDS && i + len <= keys.length; len++) {
                span.append(keys[i + len - 1]);
                if (i + len < keys.length && PlaceMatcher.isStreet(keys[i + len])) {
                    continue; // "Cumhuriyet caddesinde": a street named after the word, not the mahalle
                }
                for (String k : PlaceMatcher.baseForms(span.toString())) {
                    if (k.length() < MIN_KEY || PlaceMatcher.isOrdinaryNoun(k) && !announced(k)) {
                        continue;
                    }
                    String[] found = active(r, k, poolWindow, window);
                    if (found == null) {
                        continue;
                    }
                    if (neighborhood != null && !(neighborhood.equals(found[1]) && district.equals(found[0]))) {
                        if (district.equals(found[0]) && oneIncident(foundKey, k, r.at(), window)) {
                            continue; // "emekte geldi elektrik ataturkte hala yok": two mahalles of one outage
                        }
                        return r; // two active neighbourhoods named: cannot tell which one
                    }
                    district = found[0];
                    neighborhood = found[1];
                    foundKey = k;
                }
            }
        }
        if (neighborhood == null) {
            return districts.resolve(r, poolWindow, window);
        }
        return new Report(r.caseId(), district, neighborhood, r.department(), r.at(), r.text());
    }

    /** One live incident covers both mahalles. */
    private boolean oneIncident(String a, String b, java.time.Instant at, Duration window) {
        for (Group g : byArea.getOrDefault(a, List.of())) {
            if (g.live(at, window) && g.covers(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "1469 sokaktaki dal hala orada", no place named: the one place whose active reports name that street and
     * whose problem does not contradict this one (a report naming no class, or a class in common).
     */
    private Report byStreet(Report r, Duration poolWindow, Duration window) {
        String[] found = null;
        for (String a : r.text().anchors()) {
            for (Group g : byStreet.getOrDefault(a, List.of())) {
                if (g.live(r.at(), window)
                        && (compatible(r, g.mainTopics()) || BurstRules.burstFace(g, r.topics()))) {
                    found = merge(found, g.district, g.neighborhood);
                }
            }
            for (Report p : pool.naming(a)) {
                if (!p.at().plus(poolWindow).isBefore(r.at()) && compatible(r, p.topics())) {
                    found = merge(found, p.district(), p.neighborhood());
                }
            }
        }
        return found == null || found == AMBIGUOUS ? r
                : new Report(r.caseId(), found[0], found[1], r.department(), r.at(), r.text());
    }

    /**
     * "MİTHATPAŞA KAPALI" while reports name Mithatpaşa Caddesi: a word that is the name of a street active right
     * now names that street without the street word. Names only (a bare number is anything), six letters or more.
     */
    private Report withActiveStreets(Report r, Duration poolWindow, Duration window) {
        java.util.Set<String> found = null;
        for (String k : r.text().keys()) {
            if (k.length() < MIN_STREET_NAME || Character.isDigit(k.charAt(0)) || r.text().anchors().contains(k)) {
                continue;
            }
            for (String base : PlaceMatcher.baseForms(k)) {
                if (base.length() >= MIN_STREET_NAME && activeStreet(base, r.at(), poolWindow, window)) {
                    if (found == null) {
                        found = new java.util.HashSet<>(2);
                    }
                    found.add(base);
                }
            }
        }
        return found == null ? r
                : new Report(r.caseId(), r.district(), r.neighborhood(), r.department(), r.at(),
                        r.text().withAnchors(found), r.placeGuessed());
    }

    private static final int MIN_STREET_NAME = 6;

    /**
     * "carsi su yok dükkanı kapattık" while a cut is announced for Kandıra's Çarşı mahalle: a mahalle named like an
     * everyday word ("çarşı", the market) is that mahalle when an announcement names it.
     */
    private boolean announced(String key) {
        for (Group g : byArea.getOrDefault(key, List.of())) {
            if (g.planned) {
                return true;
            }
        }
        return false;
    }

    /** An open incident's member or a pooled report named this street recently. */
    private boolean activeStreet(String street, java.time.Instant at, Duration poolWindow, Duration window) {
        for (Group g : byStreet.getOrDefault(street, List.of())) {
            if (g.live(at, window)) {
                return true;
            }
        }
        for (Report p : pool.naming(street)) {
            if (!p.at().plus(poolWindow).isBefore(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean compatible(Report r, java.util.Set<String> topics) {
        return r.topics().isEmpty() || topics.isEmpty() || !Collections.disjoint(r.topics(), topics);
    }

    /**
     * {district, neighbourhood} of the active place with this key that fits the report, or null; ambiguous = null.
     * A district read from this very word fits too: "Menderes'te su yok" on the morning Buca's Menderes mahalle is
     * without water is about that mahalle, not the district of the same name.
     */
    private String[] active(Report r, String key, Duration poolWindow, Duration window) {
        String[] found = null;
        for (Group g : byArea.getOrDefault(key, List.of())) {
            boolean fits = (r.districtKey() == null || r.districtKey().equals(g.districtKey) || r.districtKey().equals(key))
                    && g.live(r.at(), window)
                    && (!Collections.disjoint(r.topics(), g.mainTopics()) || JoinRules.powerEffect(r.topics(), g.mainTopics()));
            if (fits) {
                found = merge(found, g.district, g.area.getOrDefault(key, g.areaParts.getOrDefault(key, g.neighborhood)));
                if (found == AMBIGUOUS) {
                    return null;
                }
            }
        }
        for (Report p : pool.in(key)) {
            boolean fits = (r.districtKey() == null || r.districtKey().equals(p.districtKey()) || r.districtKey().equals(key))
                    && !p.at().plus(poolWindow).isBefore(r.at())
                    && (!Collections.disjoint(r.topics(), p.topics()) || JoinRules.powerEffect(r.topics(), p.topics()));
            if (fits) {
                found = merge(found, p.district(), p.neighborhood());
                if (found == AMBIGUOUS) {
                    return null;
                }
            }
        }
        return found;
    }

    private static final String[] AMBIGUOUS = new String[0];

    private static String[] merge(String[] found, String district, String neighborhood) {
        if (district == null || neighborhood == null) {
            return found;
        }
        if (found == null) {
            return new String[] {district, neighborhood};
        }
        return Objects.equals(found[0], district) ? found : AMBIGUOUS;
    }
}
