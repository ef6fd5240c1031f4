package tr.hemsehri.incident.grouping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The open incidents of a {@link GroupingEngine} and the indexes that find them: by index key (district, line or
 * structure), by the neighbourhoods they cover, by the streets their members named and by the name of their
 * structure. Every index is kept in step here, so a member added or an incident closed never leaves a stale entry.
 * Not thread-safe (the engine's callers synchronise).
 */
final class OpenIncidents {
    private final Map<Long, Group> groups = new HashMap<>();
    private final Map<String, List<Group>> byIndexKey = new HashMap<>();
    /** By the neighbourhoods they cover (see {@link Group#area}), for {@link PlaceFromContext}. */
    final Map<String, List<Group>> byArea = new HashMap<>();
    /** By the streets their members named ({@link StreetAnchors}), for {@link PlaceFromContext}. */
    final Map<String, List<Group>> byStreet = new HashMap<>();
    /** Line incidents by the districts their members wrote from ({@link Group#stops}), for {@link LineOfPlace}. */
    final Map<String, List<Group>> linesByDistrict = new HashMap<>();
    /** Structure incidents by their district, for a report naming a structure of its kind but not its name. */
    private final Map<String, List<Group>> structuresByDistrict = new HashMap<>();
    /** Structure incidents by the name in their key ("egekent" of "kavsak:egekent"). */
    private final Map<String, List<Group>> structuresByName = new HashMap<>();

    Group get(long id) {
        return groups.get(id);
    }

    /** The open incidents under this index key. */
    List<Group> at(String indexKey) {
        return byIndexKey.getOrDefault(indexKey, List.of());
    }

    Collection<Group> all() {
        return groups.values();
    }

    int size() {
        return groups.size();
    }

    /** Registers (or replaces) an incident under its index key and structure name. */
    void index(Group g) {
        Group old = groups.put(g.id, g);
        if (old != null) {
            byIndexKey.get(old.indexKey).remove(old);
            unindex(old);
        }
        byIndexKey.computeIfAbsent(g.indexKey, k -> new ArrayList<>()).add(g);
        if (g.structure != null) {
            structuresByName.computeIfAbsent(structureName(g), k -> new ArrayList<>(1)).add(g);
            if (g.districtKey != null) {
                structuresByDistrict.computeIfAbsent(g.districtKey, k -> new ArrayList<>(1)).add(g);
            }
        }
    }

    /** The open structure incidents of this district whose structure is of this kind ("altgecit:"). */
    List<Group> structuresOf(String districtKey, String kind) {
        List<Group> out = null;
        for (Group g : structuresByDistrict.getOrDefault(districtKey, List.of())) {
            if (g.structure.startsWith(kind)) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(g);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Adds a member and indexes the streets and the neighbourhood it brought. */
    void addMember(Group g, Report r) {
        for (String a : r.text().anchors()) {
            if (!g.anchors.contains(a)) {
                byStreet.computeIfAbsent(a, k -> new ArrayList<>(1)).add(g);
            }
        }
        if (g.line != null && r.districtKey() != null && !g.stops.contains(r.districtKey())) {
            linesByDistrict.computeIfAbsent(r.districtKey(), k -> new ArrayList<>(1)).add(g);
        }
        if (g.add(r)) {
            indexArea(g, r.neighborhoodKey(), r.neighborhood());
        }
    }

    /** The incident covers this neighbourhood from now on (a planned interruption's announced area). */
    void cover(Group g, String key, String name) {
        if (g.area.putIfAbsent(key, name) == null) {
            indexArea(g, key, name);
        }
    }

    /**
     * Indexes a neighbourhood the incident covers under its key and, for a name of several words, under each
     * distinctive word: "Ulucak İstiklal" is "İstiklal'de su yok" to its people, "Yeniköy Merkez" is "Yeniköy".
     */
    private void indexArea(Group g, String key, String name) {
        byArea.computeIfAbsent(key, x -> new ArrayList<>(1)).add(g);
        if (name == null || name.indexOf(' ') < 0) {
            return;
        }
        for (String word : name.split("\\s+")) {
            String part = tr.hemsehri.nlp.text.TurkishNormalizer.key(word);
            // "Menderes Gazipaşa": the district's own name is the district, not the mahalle
            if (part.length() >= 5 && !part.equals(key) && !part.equals(g.districtKey)
                    && !tr.hemsehri.nlp.geo.PlaceMatcher.isOrdinaryNoun(part)
                    && g.areaParts.putIfAbsent(part, name) == null) {
                byArea.computeIfAbsent(part, x -> new ArrayList<>(1)).add(g);
            }
        }
    }

    /** The incident names this street from now on (a planned interruption's announcement). */
    void nameStreet(Group g, String anchor) {
        if (g.anchors.add(anchor)) {
            byStreet.computeIfAbsent(anchor, k -> new ArrayList<>(1)).add(g);
        }
    }

    /** Open structure incidents named after the report's mahalle, in its district, sharing a class with it. */
    List<Group> structuresNamed(Report r) {
        List<Group> out = null;
        for (Group g : structuresByName.getOrDefault(r.neighborhoodKey(), List.of())) {
            if (Objects.equals(g.districtKey, r.districtKey()) && !Collections.disjoint(g.mainTopics(), r.topics())) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                out.add(g);
            }
        }
        return out == null ? List.of() : out;
    }

    /** Whether every open incident naming this street is in this district. */
    boolean onlyDistrictNaming(String street, String districtKey) {
        for (Group g : byStreet.getOrDefault(street, List.of())) {
            if (!Objects.equals(g.districtKey, districtKey)) {
                return false;
            }
        }
        return true;
    }

    /** The incident stops taking reports; null when it was not open. */
    Group remove(long id) {
        Group g = groups.remove(id);
        if (g != null) {
            byIndexKey.get(g.indexKey).remove(g);
            unindex(g);
        }
        return g;
    }

    void clear() {
        groups.clear();
        byIndexKey.clear();
        byArea.clear();
        byStreet.clear();
        structuresByName.clear();
        structuresByDistrict.clear();
        linesByDistrict.clear();
    }

    private void unindex(Group g) {
        if (g.structure != null) {
            removeFrom(structuresByName, structureName(g), g);
            if (g.districtKey != null) {
                removeFrom(structuresByDistrict, g.districtKey, g);
            }
        }
        for (String nb : g.area.keySet()) {
            removeFrom(byArea, nb, g);
        }
        for (String part : g.areaParts.keySet()) {
            removeFrom(byArea, part, g);
        }
        for (String a : g.anchors) {
            removeFrom(byStreet, a, g);
        }
        for (String s : g.stops) {
            if (s.indexOf('/') < 0) {
                removeFrom(linesByDistrict, s, g);
            }
        }
    }

    private static void removeFrom(Map<String, List<Group>> index, String key, Group g) {
        List<Group> l = index.get(key);
        if (l != null && l.remove(g) && l.isEmpty()) {
            index.remove(key);
        }
    }

    /** "kavsak:egekent" → "egekent". */
    private static String structureName(Group g) {
        return g.structure.substring(g.structure.indexOf(':') + 1);
    }
}
