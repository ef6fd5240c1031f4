package tr.hemsehri.nlp.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Every neighbourhood of the gazetteer by folded key ("cumhuriyet" → Torbalı's, Bornova's, ...), for a caller that
 * can tell the district from elsewhere: "Cumhuriyet mah. su yok" names a mahalle of fifteen districts of İzmir, but
 * on the morning Torbalı is without water it is Torbalı's. Immutable, thread-safe.
 */
public final class DistrictNeighborhoods {

    /** A neighbourhood with its district: the district's folded key and display name, the gazetteer name. */
    public record Place(String districtKey, String district, String neighborhood) {
    }

    private final Map<String, List<Place>> byKey = new HashMap<>();

    public DistrictNeighborhoods(Gazetteer g) {
        for (Gazetteer.Neighborhood n : g.neighborhoods()) {
            String name = n.name().replaceAll("\\(.*\\)", "").trim();
            String key = TurkishNormalizer.key(name);
            if (key.isEmpty()) {
                continue;
            }
            Place p = new Place(TurkishNormalizer.key(n.district()), n.district(), name);
            byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
            String first = PlaceMatcher.shortKey(name);
            if (first != null && !first.equals(key)) {
                byKey.computeIfAbsent(first, k -> new ArrayList<>(1)).add(p);
            }
        }
    }

    /** The neighbourhoods with this folded key, in every district that has one (empty: none). */
    public List<Place> named(String key) {
        return byKey.getOrDefault(key, List.of());
    }
}
