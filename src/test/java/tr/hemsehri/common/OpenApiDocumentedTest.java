package tr.hemsehri.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document lists every API endpoint the code serves, so it cannot silently drift. */
class OpenApiDocumentedTest {
    @Test
    void everyApiPathIsDocumented() throws Exception {
        Set<String> documented = documentedPaths();
        List<String> missing = new ArrayList<>();
        for (String path : servedPaths()) {
            if ((path.startsWith("/api/") || path.startsWith("/webhooks/")) && !documented.contains(path)) {
                missing.add(path);
            }
        }
        assertTrue(missing.isEmpty(), "Endpoints missing from openapi.yaml: " + missing);
    }

    private static Set<String> documentedPaths() throws IOException {
        try (InputStream in = OpenApiDocumentedTest.class.getResourceAsStream("/META-INF/resources/openapi.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> paths = new TreeSet<>();
            Matcher m = Pattern.compile("(?m)^  (/[^:\\s]*):\\s*$").matcher(yaml);
            while (m.find()) {
                paths.add(m.group(1));
            }
            return paths;
        }
    }

    private static Set<String> servedPaths() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(OpenApiDocumentedTest.class.getResource("/META-INF/resources/openapi.yaml")
                .toURI()).getParent().getParent().getParent();
        Set<String> out = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("tr/hemsehri"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, OpenApiDocumentedTest.class.getClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    boolean http = Stream.of(method.getAnnotations()).anyMatch(a ->
                            a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class) != null);
                    if (!http) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    out.add(normalise(base.value() + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return out;
    }

    private static String normalise(String path) {
        String p = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
