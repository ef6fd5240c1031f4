package tr.hemsehri.incident.grouping;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * "Başiskele'de otobüsler çalışmıyor mu bugün?", "Yelki'den otobüs hâlâ yok 🚌❌": a stopped bus named by where the
 * writer waits, not by its number. On the morning line 155 is failing and its reports come from Başiskele's stops,
 * that is the line the writer waits for, when it is the only failing line reported from there. A report naming a
 * mahalle needs a line reported from that mahalle; one naming only the district, a line reported from the
 * district. Only a report of transport alone that says the bus is missing or late: a broken shelter, a rude
 * driver or a traffic jam ("otobüsler ara sokaklara girdi") is no stopped line. Not thread-safe (the engine's
 * callers synchronise).
 */
final class LineOfPlace {
    private static final Set<String> MISSING = Set.of("yok", "yokmu", "gelmedi", "gelmiyor", "gelmiyo", "gelmiyormu",
            "gecmedi", "gecmiyor", "gecmiyo", "calismiyor", "calismiyo", "calismiyormu", "kalkmadi", "iptal",
            "seyrek", "gecikmeli", "bekliyoruz", "bekliyoz", "bekliyorum");

    private final OpenIncidents open;

    LineOfPlace(OpenIncidents open) {
        this.open = open;
    }

    /** The one live line incident reported from the report's place, or null. */
    Group of(Report r, Duration window) {
        if (r.line() != null || r.districtKey() == null || !r.topics().equals(Set.of("transit"))
                || !missing(r.text().keys()) || r.text().saysLongStanding()) {
            return null;
        }
        List<Group> lines = open.linesByDistrict.getOrDefault(r.districtKey(), List.of());
        String stop = r.neighborhoodKey() == null ? r.districtKey() : r.districtKey() + "/" + r.neighborhoodKey();
        Group found = null;
        for (Group g : lines) {
            if (g.line.startsWith("bus:") && g.live(r.at(), window) && g.stops.contains(stop)) {
                if (found != null) {
                    return null; // two lines fail there: which one is unknown
                }
                found = g;
            }
        }
        return found;
    }

    /**
     * What a stop or a bus may lack that is no stopped line ("durağın camı kırık, oturak da yok"). A crowded
     * detour is not one of them: "otobüs yok, dolmuşlar da tıklım tıklım" is the stopped line.
     */
    private static final List<String> AMENITY = List.of("cam", "golgelik", "oturak", "bank", "tabela", "ekran",
            "kiri", "klima", "sofor", "pis", "cop", "isik", "lamba", "kalabalik");

    /** A bus said to be missing or late, and nothing of the stop or the ride named. */
    private static boolean missing(String[] keys) {
        boolean missing = false;
        boolean bus = false;
        for (String k : keys) {
            missing |= MISSING.contains(k);
            bus |= k.startsWith("otobus") || k.startsWith("sefer");
            for (String a : AMENITY) {
                if (k.startsWith(a)) {
                    return false;
                }
            }
        }
        return missing && bus;
    }
}
