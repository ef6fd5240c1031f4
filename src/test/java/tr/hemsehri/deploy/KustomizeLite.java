package tr.hemsehri.deploy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize this tree uses, so
 * that the test can check merged values (production replicas, resources patched over the base, the namespace on
 * every object, the image) without a kustomize binary in the build.
 *
 * <p>Supported: {@code resources} (files and directories holding a kustomization.yaml, rendered recursively),
 * {@code patches} given by {@code path} (strategic-merge patches matched to one resource by kind and name),
 * {@code namespace} and {@code images} (newName/newTag). Strategic merge follows Kubernetes' patch merge keys for
 * the lists the manifests patch (containers and env by name, volumeMounts by mountPath, ports by containerPort,
 * ...); other lists are replaced, maps are merged, a null deletes. Anything else in a kustomization.yaml (JSON 6902
 * patches, generators, labels, replicas, components, ...) makes {@link #build} fail: extend this class first, so
 * that what the test checks can never silently differ from what {@code kubectl apply -k} applies.
 */
final class KustomizeLite {

    static final ObjectMapper YAML = new YAMLMapper();

    private static final Set<String> SUPPORTED_KEYS =
            Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");

    /** Kubernetes patchMergeKey of the list fields the overlays may patch; other lists are replaced whole. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "ports", "containerPort",
            "imagePullSecrets", "name",
            "topologySpreadConstraints", "topologyKey");

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");

    private KustomizeLite() {
    }

    /** All YAML documents of a file as plain maps (empty documents skipped). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readDocuments(Path file) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Object> it = YAML.readerFor(Object.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                Object doc = it.next();
                if (doc == null) {
                    continue;
                }
                if (!(doc instanceof Map)) {
                    throw new IllegalStateException(file + ": a document is not a mapping: " + doc);
                }
                docs.add((Map<String, Object>) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return docs;
    }

    static Map<String, Object> readKustomization(Path dir) {
        List<Map<String, Object>> docs = readDocuments(dir.resolve("kustomization.yaml"));
        if (docs.size() != 1) {
            throw new IllegalStateException(dir + "/kustomization.yaml must hold exactly one document");
        }
        return docs.get(0);
    }

    /** The files a kustomization names (resources and patches), resolved against its directory. */
    static List<Path> referencedPaths(Path dir) {
        Map<String, Object> k = readKustomization(dir);
        List<Path> out = new ArrayList<>();
        for (Object r : list(k.get("resources"))) {
            out.add(dir.resolve(String.valueOf(r)).normalize());
        }
        for (Object p : list(k.get("patches"))) {
            out.add(dir.resolve(String.valueOf(map(p).get("path"))).normalize());
        }
        return out;
    }

    /** Renders the kustomization in {@code dir}: its resources with patches, namespace and images applied. */
    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> k = readKustomization(dir);
        for (String key : k.keySet()) {
            if (!SUPPORTED_KEYS.contains(key)) {
                throw new IllegalStateException(dir + "/kustomization.yaml uses '" + key
                        + "', which KustomizeLite does not render; extend it before using the field");
            }
        }
        if (!"Kustomization".equals(k.get("kind"))) {
            throw new IllegalStateException(dir + "/kustomization.yaml: kind must be Kustomization");
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object r : list(k.get("resources"))) {
            Path p = dir.resolve(String.valueOf(r)).normalize();
            if (Files.isDirectory(p)) {
                resources.addAll(build(p));
            } else if (Files.isRegularFile(p)) {
                for (Map<String, Object> doc : readDocuments(p)) {
                    resources.add(deepCopy(doc));
                }
            } else {
                throw new IllegalStateException(dir + ": resource " + r + " does not exist");
            }
        }
        for (Object entry : list(k.get("patches"))) {
            Map<String, Object> pe = map(entry);
            if (!Set.of("path").containsAll(pe.keySet())) {
                throw new IllegalStateException(dir + ": only 'path' patches are rendered, got " + pe.keySet());
            }
            Path p = dir.resolve(String.valueOf(pe.get("path"))).normalize();
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(dir + ": patch " + pe.get("path") + " does not exist");
            }
            for (Map<String, Object> patch : readDocuments(p)) {
                applyPatch(resources, patch, p);
            }
        }
        Object ns = k.get("namespace");
        if (ns != null) {
            for (Map<String, Object> r : resources) {
                if (!CLUSTER_SCOPED.contains(r.get("kind"))) {
                    map(r.get("metadata")).put("namespace", ns);
                }
            }
        }
        for (Object img : list(k.get("images"))) {
            setImage(resources, map(img));
        }
        return resources;
    }

    private static void applyPatch(List<Map<String, Object>> resources, Map<String, Object> patch, Path file) {
        Object kind = patch.get("kind");
        Object name = map(patch.get("metadata")).get("name");
        List<Map<String, Object>> targets = resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(map(r.get("metadata")).get("name")))
                .toList();
        if (targets.size() != 1) {
            throw new IllegalStateException(file + ": patch for " + kind + "/" + name + " matches "
                    + targets.size() + " resources (kustomize requires exactly one)");
        }
        Map<String, Object> target = targets.get(0);
        Map<String, Object> merged = map(merge(target, patch, ""));
        target.clear();
        target.putAll(merged);
    }

    /** Strategic merge of {@code patch} onto {@code base}; {@code field} is the name of the field being merged. */
    @SuppressWarnings("unchecked")
    static Object merge(Object base, Object patch, String field) {
        if (base instanceof Map && patch instanceof Map) {
            Map<String, Object> out = deepCopy((Map<String, Object>) base);
            for (Map.Entry<String, Object> e : ((Map<String, Object>) patch).entrySet()) {
                if (e.getValue() == null) {
                    out.remove(e.getKey());
                } else {
                    out.put(e.getKey(), merge(out.get(e.getKey()), e.getValue(), e.getKey()));
                }
            }
            return out;
        }
        String key = MERGE_KEYS.get(field);
        if (base instanceof List && patch instanceof List && key != null) {
            List<Object> out = new ArrayList<>();
            for (Object b : (List<Object>) base) {
                out.add(deepCopyValue(b));
            }
            for (Object p : (List<Object>) patch) {
                Object pk = map(p).get(key);
                int at = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (pk != null && pk.equals(map(out.get(i)).get(key))) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    out.set(at, merge(out.get(at), p, ""));
                } else {
                    out.add(deepCopyValue(p));
                }
            }
            return out;
        }
        return deepCopyValue(patch);
    }

    private static void setImage(List<Map<String, Object>> resources, Map<String, Object> img) {
        String name = String.valueOf(img.get("name"));
        for (Map<String, Object> r : resources) {
            Map<String, Object> podSpec = podSpec(r);
            if (podSpec == null) {
                continue;
            }
            for (String f : List.of("initContainers", "containers")) {
                for (Object c : list(podSpec.get(f))) {
                    Map<String, Object> container = map(c);
                    String image = String.valueOf(container.get("image"));
                    String repo = image.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
                    if (!repo.equals(name)) {
                        continue;
                    }
                    String newName = img.get("newName") != null ? String.valueOf(img.get("newName")) : repo;
                    String tag = image.substring(repo.length()); // ":tag", "@digest" or ""
                    if (img.get("digest") != null) {
                        tag = "@" + img.get("digest");
                    } else if (img.get("newTag") != null) {
                        tag = ":" + img.get("newTag");
                    }
                    container.put("image", newName + tag);
                }
            }
        }
    }

    /** spec.template.spec of a workload, or null. */
    static Map<String, Object> podSpec(Map<String, Object> resource) {
        Object spec = resource.get("spec");
        if (!(spec instanceof Map)) {
            return null;
        }
        Object template = map(spec).get("template");
        if (!(template instanceof Map)) {
            return null;
        }
        Object podSpec = map(template).get("spec");
        return podSpec instanceof Map ? map(podSpec) : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (!(o instanceof Map)) {
            throw new IllegalStateException("expected a mapping, got " + o);
        }
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List)) {
            throw new IllegalStateException("expected a list, got " + o);
        }
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, Object> m) {
        return (Map<String, Object>) deepCopyValue(m);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopyValue(Object o) {
        if (o instanceof Map) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) o).forEach((k, v) -> out.put(k, deepCopyValue(v)));
            return out;
        }
        if (o instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<Object>) o).forEach(v -> out.add(deepCopyValue(v)));
            return out;
        }
        return o;
    }
}
