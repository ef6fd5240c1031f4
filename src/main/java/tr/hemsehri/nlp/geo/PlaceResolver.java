package tr.hemsehri.nlp.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tr.hemsehri.nlp.geo.Gazetteer.District;
import tr.hemsehri.nlp.geo.Gazetteer.Neighborhood;

/**
 * Turns the name hits {@link PlaceMatcher} found in a text into one {@link PlaceMatch}: which district the text
 * names, and which neighbourhood, if the hits and the scope's fixed district leave exactly one.
 */
final class PlaceResolver {

    private PlaceResolver() {
    }

    /** {@code common}: the name is also an everyday word or a very common name ({@link PlaceWords#COMMON}). */
    record Hit(int start, int end, District district, List<Neighborhood> nbs, District alias,
            boolean marker, boolean common) {
        Hit(int start, int end, District district, List<Neighborhood> nbs, District alias, boolean marker) {
            this(start, end, district, nbs, alias, marker, false);
        }
    }

    /**
     * Among same-named mahalle, one that is a large urban mahalle and at least 2.5 times as populous as all the
     * others together is what people mean (Bornova's Kazımdirik, 35k, vs Aliağa's and Foça's Kazım Dirik); otherwise
     * null: no guess.
     */
    static Neighborhood dominant(List<Neighborhood> c) {
        Neighborhood top = null;
        long sum = 0;
        for (Neighborhood x : c) {
            sum += x.population();
            if (top == null || x.population() > top.population()) {
                top = x;
            }
        }
        long others = sum - top.population();
        return top.population() >= 10_000 && top.population() >= 2.5 * others ? top : null;
    }

    /**
     * "Karaburun Yaylaköy'de elektrik kesik": a district written just before the mahalle says whose it is; a
     * same-named village missing from the gazetteer is likelier than a writer naming the wrong district.
     */
    private static boolean qualified(List<Hit> hits, Hit h) {
        for (Hit d : hits) {
            if (d.district() != null && d.end() == h.start()) {
                return true;
            }
        }
        return false;
    }

    static PlaceMatch resolve(List<Hit> hits, District fixedDistrict) {
        Set<District> textDistricts = new LinkedHashSet<>();
        District aliasDistrict = null;
        for (Hit h : hits) {
            if (h.district() != null) {
                textDistricts.add(h.district());
            }
            if (h.alias() != null && aliasDistrict == null) {
                aliasDistrict = h.alias();
            }
        }
        Set<Integer> allowed = new HashSet<>();
        if (fixedDistrict != null) {
            allowed.add(fixedDistrict.id());
        } else {
            textDistricts.forEach(d -> allowed.add(d.id()));
        }
        // neighbourhood: strong (followed by "mah.") hits first, then in text order
        List<Hit> nbHits = new ArrayList<>();
        hits.stream().filter(h -> h.nbs() != null && h.marker()).forEach(nbHits::add);
        hits.stream().filter(h -> h.nbs() != null && !h.marker()).forEach(nbHits::add);
        Neighborhood chosen = null;
        boolean guessed = false;
        List<Neighborhood> ambiguous = null;
        for (Hit h : nbHits) {
            List<Neighborhood> c = h.nbs();
            if (!allowed.isEmpty()) {
                List<Neighborhood> f = c.stream().filter(x -> allowed.contains(x.districtId())).toList();
                if (f.isEmpty() && fixedDistrict == null && !textDistricts.isEmpty() && c.size() == 1 && !h.common()
                        && !qualified(hits, h)) {
                    // a unique name in another district than the one mentioned: trust the mahalle, unless it is
                    // also a word ("Torbalı pazar yerinde" is Torbalı's market, not Konak's Pazaryeri)
                    f = c;
                }
                c = f;
            }
            if (c.isEmpty()) {
                continue;
            }
            if (c.size() == 1) {
                chosen = c.get(0);
            } else {
                chosen = dominant(c);
                if (chosen == null) {
                    ambiguous = c;
                }
                guessed = chosen != null;
            }
            break;
        }
        if (chosen != null) {
            return new PlaceMatch(chosen.district(), chosen.name(), chosen.id(), false, false, guessed);
        }
        String district = null;
        boolean viaAlias = false;
        boolean fromScope = false;
        if (fixedDistrict != null) {
            district = fixedDistrict.name();
            fromScope = textDistricts.isEmpty() && aliasDistrict == null && ambiguous == null;
        } else if (!textDistricts.isEmpty()) {
            district = textDistricts.iterator().next().name();
        } else if (aliasDistrict != null) {
            district = aliasDistrict.name();
            viaAlias = true;
        } else if (ambiguous != null) {
            Set<String> ds = new HashSet<>();
            ambiguous.forEach(x -> ds.add(x.district()));
            if (ds.size() == 1) {
                district = ds.iterator().next();
            }
        }
        return new PlaceMatch(district, null, null, viaAlias, fromScope, false);
    }
}
