package tr.hemsehri.nlp.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import tr.hemsehri.nlp.text.TurkishNormalizer;

/**
 * Turkey's provinces, districts and neighbourhoods (TÜİK ids) from the MIT-licensed TurkiyeAPI data shipped under
 * {@code nlp-models/gazetteer/}, plus Hemşehri's colloquial alias table. Immutable and thread-safe;
 * {@link #matcher(String, String)} gives a cached {@link PlaceMatcher} limited to one province (and optionally
 * one district).
 */
public final class Gazetteer {

    public static final String CLASSPATH_DIR = "nlp-models/gazetteer/";

    public record Province(int id, String name) {
    }

    public record District(int id, String name, int provinceId, String province) {
    }

    public record Neighborhood(long id, String name, int districtId, String district, int provinceId,
            String province, long population) {
    }

    /** A colloquial name: resolves to a district only. */
    public record Alias(String alias, String province, String district) {
    }

    private final List<Province> provinces;
    private final List<District> districts;
    private final List<Neighborhood> neighborhoods;
    private final List<Alias> aliases;
    private final Map<String, PlaceMatcher> matchers = new ConcurrentHashMap<>();

    public Gazetteer(List<Province> provinces, List<District> districts, List<Neighborhood> neighborhoods,
            List<Alias> aliases) {
        this.provinces = List.copyOf(provinces);
        this.districts = List.copyOf(districts);
        this.neighborhoods = List.copyOf(neighborhoods);
        this.aliases = List.copyOf(aliases);
    }

    /** Loads the shipped gazetteer and default alias table from the classpath. */
    public static Gazetteer loadDefault() {
        return loadDefault(List.of());
    }

    /** Loads the shipped gazetteer; {@code extraAliases} are added to the shipped alias table. */
    public static Gazetteer loadDefault(List<Alias> extraAliases) {
        ClassLoader cl = Gazetteer.class.getClassLoader();
        try (InputStream p = open(cl, "provinces.json");
                InputStream d = open(cl, "districts.json");
                InputStream n = open(cl, "neighborhoods.json");
                InputStream a = open(cl, "aliases.tsv")) {
            List<Alias> all = new ArrayList<>(readAliases(a));
            all.addAll(extraAliases);
            return load(p, d, n, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(ClassLoader cl, String name) throws IOException {
        InputStream in = cl.getResourceAsStream(CLASSPATH_DIR + name);
        if (in == null) {
            throw new IOException("missing classpath resource " + CLASSPATH_DIR + name);
        }
        return in;
    }

    public static Gazetteer load(InputStream provincesJson, InputStream districtsJson, InputStream neighborhoodsJson,
            List<Alias> aliases) throws IOException {
        JsonFactory jf = new JsonFactory();
        List<Province> provinces = new ArrayList<>();
        for (Map<String, Object> row : readFlatObjects(jf, provincesJson)) {
            provinces.add(new Province(((Number) row.get("id")).intValue(), (String) row.get("name")));
        }
        Map<Integer, String> provinceNames = new HashMap<>();
        provinces.forEach(p -> provinceNames.put(p.id(), p.name()));
        List<District> districts = new ArrayList<>();
        for (Map<String, Object> row : readFlatObjects(jf, districtsJson)) {
            int pid = ((Number) row.get("provinceId")).intValue();
            districts.add(new District(((Number) row.get("id")).intValue(), (String) row.get("name"), pid,
                    provinceNames.get(pid)));
        }
        return new Gazetteer(provinces, districts, readNeighborhoods(jf, neighborhoodsJson), aliases);
    }

    /**
     * The 32,000 neighbourhood rows straight into records: no map per row, and the district and province names,
     * repeated on every row, shared instead of copied (this file is most of the model-loading time).
     */
    private static List<Neighborhood> readNeighborhoods(JsonFactory jf, InputStream in) throws IOException {
        List<Neighborhood> out = new ArrayList<>(33_000);
        Map<String, String> shared = new HashMap<>();
        try (JsonParser p = jf.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("expected a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                long id = 0, population = 0;
                int districtId = 0, provinceId = 0;
                String name = null, district = null, province = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    switch (field) {
                        case "id" -> id = p.getLongValue();
                        case "population" -> population = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : 0L;
                        case "districtId" -> districtId = p.getIntValue();
                        case "provinceId" -> provinceId = p.getIntValue();
                        case "name" -> name = p.getText();
                        case "district" -> district = shared.computeIfAbsent(p.getText(), k -> k);
                        case "province" -> province = shared.computeIfAbsent(p.getText(), k -> k);
                        default -> {
                        }
                    }
                }
                out.add(new Neighborhood(id, name, districtId, district, provinceId, province, population));
            }
        }
        return out;
    }

    /** Top-level scalar fields of each object in a JSON array (nested objects/arrays skipped). */
    private static List<Map<String, Object>> readFlatObjects(JsonFactory jf, InputStream in) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (JsonParser p = jf.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("expected a JSON array");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> row = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (t == JsonToken.VALUE_NUMBER_INT) {
                        row.put(field, p.getLongValue());
                    } else if (t == JsonToken.VALUE_STRING) {
                        row.put(field, p.getText());
                    }
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Reads an alias TSV: province, district, alias[, note]; '#' comments. */
    public static List<Alias> readAliases(InputStream in) throws IOException {
        List<Alias> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length >= 3) {
                out.add(new Alias(c[2].trim(), c[0].trim(), c[1].trim()));
            }
        }
        return out;
    }

    /**
     * Parses aliases written as {@code "alias=province/district"} entries (the {@code hemsehri.nlp.aliases}
     * config form), e.g. {@code "Şirinyer=İzmir/Buca"}.
     */
    public static List<Alias> parseAliases(List<String> entries) {
        List<Alias> out = new ArrayList<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            int slash = e.indexOf('/', eq + 1);
            if (eq > 0 && slash > eq) {
                out.add(new Alias(e.substring(0, eq).trim(), e.substring(eq + 1, slash).trim(),
                        e.substring(slash + 1).trim()));
            }
        }
        return out;
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<District> districts() {
        return districts;
    }

    public List<Neighborhood> neighborhoods() {
        return neighborhoods;
    }

    public List<Alias> aliases() {
        return Collections.unmodifiableList(aliases);
    }

    public Province province(String name) {
        if (name == null) {
            return null;
        }
        String k = TurkishNormalizer.key(name);
        for (Province p : provinces) {
            if (TurkishNormalizer.key(p.name()).equals(k)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A matcher for one province (required) and optionally one district (a district municipality such as
     * Esenyurt): neighbourhoods of other districts are then never returned.
     */
    public PlaceMatcher matcher(String province, String district) {
        String cacheKey = TurkishNormalizer.key(province == null ? "" : province) + "/"
                + (district == null ? "" : TurkishNormalizer.key(district));
        return matchers.computeIfAbsent(cacheKey, k -> build(province, district));
    }

    private PlaceMatcher build(String provinceName, String districtName) {
        Province p = province(provinceName);
        if (p == null) {
            return PlaceMatcher.EMPTY;
        }
        List<District> ds = districts.stream().filter(d -> d.provinceId() == p.id()).toList();
        District fixed = null;
        if (districtName != null && !districtName.isBlank()) {
            String k = TurkishNormalizer.key(districtName);
            fixed = ds.stream().filter(d -> TurkishNormalizer.key(d.name()).equals(k)).findFirst().orElse(null);
        }
        final District fixedD = fixed;
        List<Neighborhood> ns = neighborhoods.stream()
                .filter(n -> n.provinceId() == p.id() && (fixedD == null || n.districtId() == fixedD.id()))
                .toList();
        String pk = TurkishNormalizer.key(p.name());
        List<Alias> as = aliases.stream().filter(a -> TurkishNormalizer.key(a.province()).equals(pk)).toList();
        return new PlaceMatcher(p, ds, fixedD, ns, as);
    }
}
