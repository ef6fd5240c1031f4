package tr.hemsehri.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the Kubernetes manifests under {@code k8s/} (base, overlays pilot and production, examples) and of
 * {@code k8s/Dockerfile}. Plain JUnit, no cluster, no Quarkus: it reads files only and runs in about a second.
 *
 * <p>Every YAML document of every file under k8s/ is parsed with the fabric8 Kubernetes model (kustomization.yaml
 * files as plain YAML). Known kinds must come out as their typed classes with no unknown field (a misspelt
 * {@code readinesProbe} would otherwise land silently in additionalProperties); CRDs such as the CloudNativePG
 * {@code Cluster} parse as {@link GenericKubernetesResource}.
 *
 * <p>Overlays: there is no kustomize binary in the build, so {@link KustomizeLite} renders each kustomization
 * (resources, strategic-merge patches, namespace, images) and the invariants are checked on the rendered
 * objects - the values {@code kubectl apply -k} would apply (e.g. production's replicas and resources come from a
 * patch over the base). KustomizeLite refuses any kustomization feature it does not implement, so a new feature
 * in an overlay fails this test instead of being checked wrongly.
 */
class DeploymentManifestsTest {

    static final Path K8S = Path.of("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path PILOT = K8S.resolve("overlays/pilot");
    static final Path PRODUCTION = K8S.resolve("overlays/production");
    static final List<Path> KUSTOMIZATIONS = List.of(BASE, PILOT, PRODUCTION);

    static final String APP = "hemsehri";
    static final Pattern SECRET_LIKE =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|TOKEN|SECRET|CREDENTIAL|PRIVATE|_KEY$|CONSUMER_KEY|API_KEY).*");

    static final KubernetesSerialization SER = new KubernetesSerialization();

    // ---------------------------------------------------------------------------------------------------------
    // parsing

    @Test
    void everyManifestUnderK8sParsesWithTheFabric8Model() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 15, "expected the base, two overlays and examples, found " + files);
        Set<String> kinds = new LinkedHashSet<>();
        for (Path f : files) {
            List<Map<String, Object>> docs = KustomizeLite.readDocuments(f);
            assertFalse(docs.isEmpty(), f + " holds no YAML document");
            if (f.getFileName().toString().equals("kustomization.yaml")) {
                assertEquals("Kustomization", docs.get(0).get("kind"), f.toString());
                assertEquals(1, docs.size(), f + " must hold a single document");
                continue;
            }
            for (Map<String, Object> doc : docs) {
                HasMetadata r = typed(doc, f);
                assertNotNull(r.getMetadata().getName(), f + ": every object needs metadata.name");
                kinds.add(r.getKind());
                if (r.getApiVersion().contains("cnpg.io")) {
                    assertInstanceOf(GenericKubernetesResource.class, r, f + ": CRD objects parse generically");
                } else {
                    assertFalse(r instanceof GenericKubernetesResource,
                            f + ": " + r.getApiVersion() + "/" + r.getKind() + " is not a known built-in kind");
                    assertNoUnknownFields(r, f + " " + r.getKind() + "/" + r.getMetadata().getName());
                }
            }
        }
        assertTrue(kinds.containsAll(List.of("Deployment", "StatefulSet", "Service", "ConfigMap", "Ingress",
                "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Cluster", "Namespace")), kinds.toString());
    }

    @Test
    void unknownFieldsInKnownKindsAreCaught() {
        Map<String, Object> typo = Map.of("apiVersion", "apps/v1", "kind", "Deployment",
                "metadata", Map.of("name", "x"),
                "spec", Map.of("template", Map.of("spec", Map.of("containers",
                        List.of(Map.of("name", "c", "readinesProbe", Map.of()))))));
        HasMetadata r = typed(typo, Path.of("inline"));
        assertThrows(AssertionError.class, () -> assertNoUnknownFields(r, "typo"));
    }

    @Test
    void everyFileAKustomizationNamesExistsAndExamplesAreNeverApplied() throws IOException {
        Set<Path> referenced = new LinkedHashSet<>();
        for (Path dir : kustomizationDirs()) {
            for (Path p : KustomizeLite.referencedPaths(dir)) {
                assertTrue(Files.isRegularFile(p) || Files.isRegularFile(p.resolve("kustomization.yaml")),
                        dir + "/kustomization.yaml names " + p + ", which does not exist");
                referenced.add(p);
            }
        }
        assertTrue(referenced.stream().noneMatch(p -> p.startsWith(K8S.resolve("examples"))),
                "k8s/examples holds placeholder Secrets and must not be part of any kustomization: " + referenced);
        // every manifest in base and overlays is used by its kustomization (no forgotten file)
        for (Path dir : KUSTOMIZATIONS) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    if (!f.getFileName().toString().equals("kustomization.yaml")) {
                        assertTrue(referenced.contains(f.normalize()), f + " is not referenced by " + dir);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // workloads: probes, resources, security context

    @Test
    void everyWorkloadContainerHasProbesResourcesAndARestrictedSecurityContext() {
        for (Path dir : KUSTOMIZATIONS) {
            List<HasMetadata> objects = render(dir);
            List<HasMetadata> workloads = objects.stream()
                    .filter(o -> o instanceof Deployment || o instanceof StatefulSet).toList();
            assertFalse(workloads.isEmpty(), dir + " renders no workload");
            for (HasMetadata w : workloads) {
                PodSpec pod = template(w).getSpec();
                String where = dir + " " + w.getKind() + "/" + w.getMetadata().getName();
                assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), where + ": no API token");
                assertEquals(Boolean.FALSE, pod.getEnableServiceLinks(), where + ": enableServiceLinks false");
                assertFalse(pod.getContainers().isEmpty(), where);
                for (Container c : pod.getContainers()) {
                    String cw = where + " container " + c.getName();
                    checkResources(c, cw);
                    checkSecurity(pod.getSecurityContext(), c, cw);
                    if (isApp(w)) {
                        checkAppContainer(pod, c, cw);
                        if (!dir.equals(BASE)) {
                            assertTrue(c.getImage().matches("[a-z0-9.-]+/[a-z0-9./-]+:[A-Za-z0-9._-]+")
                                    && !c.getImage().endsWith(":latest"),
                                    cw + ": the overlay pins registry/name:tag, got " + c.getImage());
                        }
                    } else {
                        checkPostgresContainer(c, cw);
                    }
                }
            }
        }
    }

    private static void checkResources(Container c, String where) {
        assertNotNull(c.getResources(), where + ": resources");
        Map<String, Quantity> req = c.getResources().getRequests();
        Map<String, Quantity> lim = c.getResources().getLimits();
        for (String r : List.of("cpu", "memory")) {
            assertTrue(req != null && req.containsKey(r), where + ": requests." + r);
            assertTrue(lim != null && lim.containsKey(r), where + ": limits." + r);
            assertTrue(Quantity.getAmountInBytes(req.get(r)).compareTo(Quantity.getAmountInBytes(lim.get(r))) <= 0,
                    where + ": requests." + r + " above limits." + r);
        }
    }

    private static void checkSecurity(PodSecurityContext pod, Container c, String where) {
        SecurityContext sc = c.getSecurityContext();
        assertNotNull(sc, where + ": securityContext");
        boolean nonRoot = Boolean.TRUE.equals(sc.getRunAsNonRoot())
                || (sc.getRunAsNonRoot() == null && pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
        assertTrue(nonRoot, where + ": runAsNonRoot");
        Long uid = sc.getRunAsUser() != null ? sc.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        assertTrue(uid != null && uid > 0, where + ": runAsUser must be a non-zero uid");
        assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), where + ": allowPrivilegeEscalation false");
        assertNotNull(sc.getCapabilities(), where + ": capabilities");
        assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), where + ": capabilities.drop [ALL]");
        assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(),
                where + ": no capability added");
        String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                : pod != null && pod.getSeccompProfile() != null ? pod.getSeccompProfile().getType() : null;
        assertEquals("RuntimeDefault", seccomp, where + ": seccompProfile RuntimeDefault");
        assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), where + ": not privileged");
    }

    private static void checkAppContainer(PodSpec pod, Container c, String where) {
        assertEquals(185L, c.getSecurityContext().getRunAsUser(), where + ": uid 185 (UBI/Quarkus convention)");
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where + ": read-only root");
        int port = c.getPorts().stream().filter(p -> "http".equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(-1);
        assertEquals(8080, port, where + ": named port http on 8080");
        checkHttpProbe(c.getReadinessProbe(), "/q/health/ready", c, where + " readinessProbe");
        checkHttpProbe(c.getLivenessProbe(), "/q/health/live", c, where + " livenessProbe");
        checkHttpProbe(c.getStartupProbe(), "/q/health/started", c, where + " startupProbe");
        // the only writable path: /tmp on an emptyDir
        VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": /tmp must be mounted"));
        Volume v = pod.getVolumes().stream().filter(x -> x.getName().equals(tmp.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": volume " + tmp.getName() + " missing"));
        assertNotNull(v.getEmptyDir(), where + ": /tmp must be an emptyDir");
    }

    private static void checkHttpProbe(Probe probe, String path, Container c, String where) {
        assertNotNull(probe, where + " missing");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, where + ": httpGet");
        assertEquals(path, get.getPath(), where + ": path");
        IntOrString port = get.getPort();
        int resolved = port.getIntVal() != null ? port.getIntVal()
                : c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                        .map(ContainerPort::getContainerPort).findFirst().orElse(-1);
        assertEquals(8080, resolved, where + ": port");
    }

    private static void checkPostgresContainer(Container c, String where) {
        assertTrue(c.getImage().contains("postgres"), where + ": only PostgreSQL runs beside the app, got " + c.getImage());
        for (Probe p : new Probe[] {c.getReadinessProbe(), c.getLivenessProbe()}) {
            assertNotNull(p, where + ": readiness and liveness probes");
            assertNotNull(p.getExec(), where + ": PostgreSQL is probed with pg_isready");
            assertTrue(String.join(" ", p.getExec().getCommand()).contains("pg_isready"), where);
        }
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), where + ": read-only root");
    }

    // ---------------------------------------------------------------------------------------------------------
    // secrets

    @Test
    void secretLookingEnvVarsComeFromSecretsNeverFromLiterals() throws IOException {
        int checked = 0;
        List<HasMetadata> all = new ArrayList<>();
        for (Path f : yamlFiles()) {
            if (!f.getFileName().toString().equals("kustomization.yaml")) {
                KustomizeLite.readDocuments(f).forEach(d -> all.add(typed(d, f)));
            }
        }
        for (Path dir : KUSTOMIZATIONS) {
            all.addAll(render(dir));
        }
        for (HasMetadata o : all) {
            PodTemplateSpec t = template(o);
            if (t != null && t.getSpec() != null && t.getSpec().getContainers() != null) {
                for (Container c : t.getSpec().getContainers()) {
                    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                        if (SECRET_LIKE.matcher(e.getName()).matches()) {
                            checked++;
                            String where = o.getKind() + "/" + o.getMetadata().getName() + " env " + e.getName();
                            assertNull(e.getValue(), where + " has a literal value");
                            assertTrue(e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null,
                                    where + " must use valueFrom.secretKeyRef");
                        }
                    }
                }
            }
            if (o instanceof ConfigMap cm && cm.getData() != null) {
                for (String key : cm.getData().keySet()) {
                    assertFalse(SECRET_LIKE.matcher(key).matches(),
                            "ConfigMap " + cm.getMetadata().getName() + " holds secret-looking key " + key);
                }
            }
        }
        assertTrue(checked >= 13, "the DB password and the platform tokens are all checked, saw " + checked);
    }

    @Test
    void secretManifestsHoldOnlyPlaceholdersAndNoOverlayShipsASecret() throws IOException {
        int secrets = 0;
        for (Path f : yamlFiles()) {
            if (f.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (Map<String, Object> d : KustomizeLite.readDocuments(f)) {
                if (typed(d, f) instanceof Secret s) {
                    secrets++;
                    Map<String, String> values = new LinkedHashMap<>();
                    if (s.getStringData() != null) {
                        values.putAll(s.getStringData());
                    }
                    if (s.getData() != null) {
                        s.getData().forEach((k, v) ->
                                values.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
                    }
                    values.forEach((k, v) -> assertTrue(k.equals("username") || isPlaceholder(v),
                            f + ": Secret " + s.getMetadata().getName() + " key " + k + " is not a placeholder"));
                }
            }
        }
        assertTrue(secrets >= 2, "the example Secrets document the expected keys");
        for (Path dir : KUSTOMIZATIONS) {
            assertTrue(render(dir).stream().noneMatch(o -> o instanceof Secret),
                    dir + " must not ship a Secret; create Secrets with kubectl (k8s/README.md)");
        }
    }

    @Test
    void placeholderDetectorTellsPlaceholdersFromRealValues() {
        for (String p : List.of("REPLACE_ME", "replace-me", "CHANGE_ME", "<your token>", "${WHATSAPP_TOKEN}", "")) {
            assertTrue(isPlaceholder(p), p);
        }
        for (String real : List.of("EAAGm0PX4ZCpsBAKZB1v", "s3cr3t-P4ss", "hunter2", "REPLACE_ME_LATER_abc123x")) {
            assertFalse(isPlaceholder(real), real);
        }
    }

    @Test
    void everySecretReferenceIsDocumentedInTheExampleAndTheReadme() throws IOException {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Path example = K8S.resolve("examples/secrets.example.yaml");
        for (Map<String, Object> d : KustomizeLite.readDocuments(example)) {
            Secret s = (Secret) typed(d, example);
            documented.put(s.getMetadata().getName(), s.getStringData().keySet());
        }
        String readme = Files.readString(K8S.resolve("README.md"));
        Set<String> referencedSecrets = new LinkedHashSet<>();
        for (Path dir : List.of(PILOT, PRODUCTION)) {
            for (HasMetadata o : render(dir)) {
                PodTemplateSpec t = template(o);
                if (t == null) {
                    continue;
                }
                for (Container c : t.getSpec().getContainers()) {
                    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
                        SecretKeySelector ref = e.getValueFrom() == null ? null : e.getValueFrom().getSecretKeyRef();
                        if (ref != null) {
                            referencedSecrets.add(ref.getName());
                            assertTrue(documented.getOrDefault(ref.getName(), Set.of()).contains(ref.getKey()),
                                    dir + ": " + ref.getName() + "/" + ref.getKey() + " missing from " + example);
                        }
                    }
                }
            }
        }
        referencedSecrets.add("hemsehri-backup-s3");
        for (String name : referencedSecrets) {
            assertTrue(Pattern.compile("create secret \\S+ " + Pattern.quote(name) + "\\b").matcher(readme).find(),
                    "k8s/README.md must show the kubectl command that creates " + name);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // overlays

    @Test
    void productionRunsSeveralReplicasWithAutoscalingDisruptionBudgetNetworkPolicyAndReplicatedDatabase() {
        List<HasMetadata> prod = render(PRODUCTION);
        assertEverythingInNamespace(prod, "hemsehri");
        Deployment app = one(prod, Deployment.class, APP);
        assertTrue(app.getSpec().getReplicas() >= 2, "production replicas >= 2");
        Map<String, String> podLabels = app.getSpec().getTemplate().getMetadata().getLabels();
        assertEquals(0, app.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(),
                "rolling update with maxUnavailable 0");

        // the patch merged into the base container instead of replacing it
        Container c = app.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(1, app.getSpec().getTemplate().getSpec().getContainers().size());
        assertEquals(new Quantity("1Gi"), c.getResources().getRequests().get("memory"));
        assertEquals(new Quantity("1Gi"), c.getResources().getLimits().get("memory"));
        assertNotNull(c.getReadinessProbe(), "base probes survive the production patch");

        HorizontalPodAutoscaler hpa = one(prod, HorizontalPodAutoscaler.class, null);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(APP, hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "HPA minReplicas >= 2");
        assertTrue(hpa.getSpec().getMaxReplicas() >= hpa.getSpec().getMinReplicas());
        assertTrue(app.getSpec().getReplicas() >= hpa.getSpec().getMinReplicas()
                && app.getSpec().getReplicas() <= hpa.getSpec().getMaxReplicas());

        PodDisruptionBudget pdb = one(prod, PodDisruptionBudget.class, null);
        assertTrue(selects(pdb.getSpec().getSelector(), podLabels), "PDB selects the app pods");
        IntOrString minAvailable = pdb.getSpec().getMinAvailable();
        assertTrue((minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() >= 1)
                || pdb.getSpec().getMaxUnavailable() != null, "PDB minAvailable >= 1 or maxUnavailable");

        GenericKubernetesResource cluster = prod.stream()
                .filter(o -> o instanceof GenericKubernetesResource g && "Cluster".equals(g.getKind()))
                .map(GenericKubernetesResource.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("production needs a CloudNativePG Cluster"));
        assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
        Map<String, Object> spec = KustomizeLite.map(cluster.getAdditionalProperties().get("spec"));
        assertTrue(((Number) spec.get("instances")).intValue() >= 2, "CNPG instances >= 2 (a replica)");
        String clusterName = cluster.getMetadata().getName();
        assertEquals(List.of("hemsehri-db"), List.of(KustomizeLite.map(KustomizeLite.map(
                KustomizeLite.map(spec.get("bootstrap")).get("initdb")).get("secret")).get("name")),
                "the cluster's owner credentials are the application's Secret hemsehri-db");

        // the app talks to the primary's Service, and the connection pools fit the server
        Map<String, String> config = one(prod, ConfigMap.class, "hemsehri-config").getData();
        assertEquals(clusterName + "-rw", jdbcHost(config.get("QUARKUS_DATASOURCE_JDBC_URL")));
        int pool = Integer.parseInt(config.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
        int maxSurge = app.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal();
        int maxConnections = Integer.parseInt(String.valueOf(KustomizeLite.map(
                KustomizeLite.map(spec.get("postgresql")).get("parameters")).get("max_connections")));
        assertTrue((hpa.getSpec().getMaxReplicas() + maxSurge) * pool + 20 <= maxConnections,
                "(maxReplicas + maxSurge) x pool + 20 reserved must fit max_connections " + maxConnections);

        NetworkPolicy np = one(prod, NetworkPolicy.class, null);
        assertTrue(selects(np.getSpec().getPodSelector(), podLabels), "NetworkPolicy selects the app pods");
        assertTrue(np.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), "both policy types");
        for (NetworkPolicyIngressRule r : np.getSpec().getIngress()) {
            assertFalse(r.getFrom() == null || r.getFrom().isEmpty(), "no ingress rule open to everyone");
            for (NetworkPolicyPeer peer : r.getFrom()) {
                assertNull(peer.getIpBlock(), "ingress only from namespaces");
                String ns = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                assertTrue(Set.of("ingress-nginx", "monitoring").contains(ns), "ingress from " + ns);
            }
            assertEquals(List.of(8080), ports(r.getPorts()), "ingress only on 8080");
        }
        assertTrue(np.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream()).anyMatch(p ->
                "ingress-nginx".equals(p.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))));
        Set<Integer> egressPorts = new LinkedHashSet<>();
        for (NetworkPolicyEgressRule r : np.getSpec().getEgress()) {
            assertFalse(r.getPorts() == null || r.getPorts().isEmpty(), "every egress rule names its ports");
            assertFalse(r.getTo() == null || r.getTo().isEmpty(), "every egress rule names its peers");
            egressPorts.addAll(ports(r.getPorts()));
            if (ports(r.getPorts()).contains(5432)) {
                assertEquals(clusterName, r.getTo().get(0).getPodSelector().getMatchLabels().get("cnpg.io/cluster"));
            }
        }
        assertEquals(Set.of(5432, 53, 443), egressPorts, "egress only to the database, DNS and HTTPS");
    }

    @Test
    void pilotRunsOneReplicaAndAPostgresStatefulSetWithAVolumeClaimTemplate() {
        List<HasMetadata> pilot = render(PILOT);
        assertEverythingInNamespace(pilot, "hemsehri-pilot");
        Deployment app = one(pilot, Deployment.class, APP);
        assertEquals(1, app.getSpec().getReplicas());
        StatefulSet pg = one(pilot, StatefulSet.class, null);
        assertTrue(pg.getSpec().getTemplate().getSpec().getContainers().get(0).getImage().contains("postgres"));
        assertEquals(1, pg.getSpec().getVolumeClaimTemplates().size(), "a volumeClaimTemplate for the data");
        String claim = pg.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertTrue(pg.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .anyMatch(m -> m.getName().equals(claim) && m.getMountPath().startsWith("/var/lib/postgresql")));
        assertNotNull(pg.getSpec().getVolumeClaimTemplates().get(0).getSpec().getResources().getRequests().get("storage"));

        Service svc = one(pilot, Service.class, pg.getSpec().getServiceName());
        assertTrue(svc.getSpec().getSelector().entrySet().stream().allMatch(e ->
                e.getValue().equals(pg.getSpec().getTemplate().getMetadata().getLabels().get(e.getKey()))));
        assertEquals(5432, svc.getSpec().getPorts().get(0).getPort());
        String url = one(pilot, ConfigMap.class, "hemsehri-config").getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals(svc.getMetadata().getName(), jdbcHost(url), "the app connects to the pilot's PostgreSQL");
        assertTrue(pilot.stream().noneMatch(o -> o instanceof HorizontalPodAutoscaler));
    }

    @Test
    void bothOverlaysConfigureTheProductionProfileAndAnIngressForConsoleAndWhatsAppWebhooks() {
        for (Path dir : List.of(PILOT, PRODUCTION)) {
            List<HasMetadata> objects = render(dir);
            Map<String, String> config = one(objects, ConfigMap.class, "hemsehri-config").getData();
            assertEquals("production", config.get("QUARKUS_PROFILE"), dir.toString());
            assertTrue(config.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:postgresql://"), dir.toString());
            Deployment app = one(objects, Deployment.class, APP);
            Container c = app.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertTrue(c.getEnvFrom().stream().anyMatch(e -> e.getConfigMapRef() != null
                    && "hemsehri-config".equals(e.getConfigMapRef().getName())), dir + ": envFrom the ConfigMap");

            Service svc = one(objects, Service.class, APP);
            assertTrue(selects(new LabelSelector(null, svc.getSpec().getSelector()),
                    app.getSpec().getTemplate().getMetadata().getLabels()), dir + ": Service selects the app");

            List<Ingress> ingresses = objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast).toList();
            Map<String, Ingress> byPath = new LinkedHashMap<>();
            for (Ingress in : ingresses) {
                assertFalse(in.getSpec().getTls().isEmpty(), dir + ": TLS on " + in.getMetadata().getName());
                assertNotNull(in.getSpec().getTls().get(0).getSecretName());
                Set<String> tlsHosts = new LinkedHashSet<>(in.getSpec().getTls().get(0).getHosts());
                for (IngressRule rule : in.getSpec().getRules()) {
                    assertTrue(tlsHosts.contains(rule.getHost()), dir + ": host " + rule.getHost() + " has TLS");
                    for (HTTPIngressPath p : rule.getHttp().getPaths()) {
                        assertEquals(APP, p.getBackend().getService().getName());
                        assertEquals("http", p.getBackend().getService().getPort().getName());
                        byPath.put(p.getPath(), in);
                    }
                }
            }
            assertTrue(byPath.keySet().containsAll(List.of("/", "/webhooks/whatsapp", "/metrics", "/q")),
                    dir + ": " + byPath.keySet());
            assertFalse(restricted(byPath.get("/webhooks/whatsapp")), "Meta must reach the webhook from anywhere");
            assertTrue(restricted(byPath.get("/metrics")) && restricted(byPath.get("/q")),
                    dir + ": /metrics and /q must not be public");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the renderer itself

    @Test
    void strategicMergeMergesContainersByNameAndReplacesOtherLists() {
        Map<String, Object> base = Map.of("spec", Map.of("containers", List.of(
                Map.of("name", "a", "image", "x", "env", List.of(Map.of("name", "E", "value", "1"))),
                Map.of("name", "b", "image", "y")), "args", List.of("1", "2")));
        Map<String, Object> patch = Map.of("spec", Map.of("containers", List.of(
                Map.of("name", "a", "env", List.of(Map.of("name", "F", "value", "2")))), "args", List.of("3")));
        Map<String, Object> merged = KustomizeLite.map(KustomizeLite.merge(base, patch, ""));
        List<Object> containers = KustomizeLite.list(KustomizeLite.map(merged.get("spec")).get("containers"));
        assertEquals(2, containers.size());
        Map<String, Object> a = KustomizeLite.map(containers.get(0));
        assertEquals("x", a.get("image"));
        assertEquals(2, KustomizeLite.list(a.get("env")).size());
        assertEquals(List.of("3"), KustomizeLite.map(merged.get("spec")).get("args"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dockerfile and README

    @Test
    void dockerfileBuildsANonRootUbiJvmImageInQuarkusLayerOrder() throws IOException {
        List<String> lines = Files.readAllLines(K8S.resolve("Dockerfile")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertTrue(lines.get(0).matches("FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9.]+"),
                "pinned UBI 9 OpenJDK 17 runtime base: " + lines.get(0));
        List<String> copies = lines.stream().filter(l -> l.startsWith("COPY")).toList();
        assertEquals(List.of(
                "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/"), copies);
        assertTrue(lines.contains("USER 185"));
        assertTrue(lines.contains("EXPOSE 8080"));
        String opts = lines.stream().filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND=")).findFirst().orElseThrow();
        assertTrue(opts.contains("-XX:MaxRAMPercentage=") && opts.contains("-XX:+ExitOnOutOfMemoryError"), opts);
        int lastUser = lines.indexOf("USER 185");
        assertTrue(lines.subList(lastUser + 1, lines.size()).stream().noneMatch(l -> l.startsWith("USER")),
                "the image ends as uid 185");
        assertTrue(Files.readString(K8S.resolve("Dockerfile.dockerignore")).contains("!target/quarkus-app/"));
    }

    @Test
    void readmeCoversDeployScaleUpgradeWebhooksAndBackups() throws IOException {
        String readme = Files.readString(K8S.resolve("README.md"));
        for (String must : List.of("kubectl apply -k k8s/overlays/pilot", "kubectl apply -k k8s/overlays/production",
                "docker build -f k8s/Dockerfile .", "./mvnw package", "kubectl create namespace",
                "HorizontalPodAutoscaler", "maxUnavailable: 0", "advisory lock", "backward compatible",
                "/webhooks/whatsapp", "verify token", "app secret", "ScheduledBackup", "FOR UPDATE SKIP LOCKED")) {
            assertTrue(readme.contains(must), "k8s/README.md must mention: " + must);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    static boolean isPlaceholder(String v) {
        String s = v == null ? "" : v.strip();
        return s.isEmpty()
                || s.matches("(?i)(replace[_-]?me|change[_-]?me|placeholder|todo|xxx+)")
                || s.matches("<[^>]+>")
                || s.matches("\\$\\{[A-Za-z0-9_]+}");
    }

    private static boolean restricted(Ingress in) {
        Map<String, String> a = in.getMetadata().getAnnotations();
        return a != null && (a.containsKey("nginx.ingress.kubernetes.io/whitelist-source-range")
                || a.containsKey("nginx.ingress.kubernetes.io/allowlist-source-range"));
    }

    private static String jdbcHost(String url) {
        assertNotNull(url, "QUARKUS_DATASOURCE_JDBC_URL");
        var m = Pattern.compile("jdbc:postgresql://([^:/?]+)(:5432)?/\\w+.*").matcher(url);
        assertTrue(m.matches(), url);
        return m.group(1);
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> p.getPort().getIntVal()).distinct().toList();
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertNotNull(selector);
        assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty(),
                "matchExpressions are not evaluated here");
        Map<String, String> want = selector.getMatchLabels();
        return want != null && !want.isEmpty()
                && want.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static void assertEverythingInNamespace(List<HasMetadata> objects, String ns) {
        Namespace namespace = one(objects, Namespace.class, ns);
        assertNotNull(namespace);
        for (HasMetadata o : objects) {
            if (!(o instanceof Namespace)) {
                assertEquals(ns, o.getMetadata().getNamespace(), o.getKind() + "/" + o.getMetadata().getName());
            }
        }
    }

    private static boolean isApp(HasMetadata workload) {
        return workload instanceof Deployment && APP.equals(workload.getMetadata().getName());
    }

    private static PodTemplateSpec template(HasMetadata o) {
        if (o instanceof Deployment d) {
            return d.getSpec() == null ? null : d.getSpec().getTemplate();
        }
        if (o instanceof StatefulSet s) {
            return s.getSpec() == null ? null : s.getSpec().getTemplate();
        }
        return null;
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> name == null || name.equals(o.getMetadata().getName())).toList();
        assertEquals(1, found.size(), "exactly one " + type.getSimpleName() + (name == null ? "" : " " + name));
        return found.get(0);
    }

    static List<HasMetadata> render(Path dir) {
        List<HasMetadata> out = new ArrayList<>();
        for (Map<String, Object> doc : KustomizeLite.build(dir)) {
            out.add(typed(doc, dir));
        }
        // kustomize refuses two objects with the same kind, namespace and name
        Set<String> ids = new LinkedHashSet<>();
        for (HasMetadata o : out) {
            assertTrue(ids.add(o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName()),
                    dir + ": duplicate " + o.getKind() + "/" + o.getMetadata().getName());
        }
        return out;
    }

    /** One YAML document through the fabric8 model: typed class for known kinds, generic for CRDs. */
    static HasMetadata typed(Map<String, Object> doc, Path from) {
        assertNotNull(doc.get("apiVersion"), from + ": apiVersion");
        assertNotNull(doc.get("kind"), from + ": kind");
        KubernetesResource r = SER.unmarshal(SER.asJson(doc));
        assertInstanceOf(HasMetadata.class, r, from + ": " + doc.get("kind"));
        return (HasMetadata) r;
    }

    private static List<Path> yamlFiles() throws IOException {
        assertTrue(Files.isDirectory(K8S), "run from the module directory; k8s/ not found in " + Path.of("").toAbsolutePath());
        try (Stream<Path> s = Files.walk(K8S)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<Path> kustomizationDirs() throws IOException {
        try (Stream<Path> s = Files.walk(K8S)) {
            return s.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .map(Path::getParent).sorted().toList();
        }
    }

    /** Fails when a typed fabric8 object carries fields its class does not know (they land in additionalProperties). */
    static void assertNoUnknownFields(Object root, String where) {
        walk(root, where, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object o, String path, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    Object v = f.get(o);
                    if (f.getName().equals("additionalProperties")) {
                        if (v instanceof Map<?, ?> extra && !extra.isEmpty()
                                && !(o instanceof Quantity) && !(o instanceof IntOrString)) {
                            fail(path + " (" + o.getClass().getSimpleName() + ") has unknown fields " + extra.keySet());
                        }
                    } else {
                        walk(v, path + "." + f.getName(), seen);
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IllegalStateException(path + "." + f.getName() + ": " + e, e);
                }
            }
        }
    }
}
