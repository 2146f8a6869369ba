package vn.coso.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The manifests in this directory, as {@code kubectl apply -f deploy/kubernetes/} would send them: each document
 * parsed into its Kubernetes model class and refused if it holds a field that class does not know; then the
 * references between them (selectors, scale targets) and the rules the README promises for every workload.
 */
class ManifestsTest {

    /** Custom resources whose operators' schemas are not on Maven Central: only their envelope is typed here. */
    private static final Set<String> CUSTOM_KINDS = Set.of("postgresql.cnpg.io/v1 Cluster",
            "k8s.keycloak.org/v2alpha1 Keycloak");

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    @Test
    void everyDocumentIsAKnownKindWithOnlyKnownFields() throws IOException {
        List<HasMetadata> resources = manifests();
        assertFalse(resources.isEmpty());
        List<String> problems = new ArrayList<>();
        for (HasMetadata resource : resources) {
            String name = resource.getApiVersion() + " " + resource.getKind() + " " + resource.getMetadata().getName();
            Object typed = resource;
            if (resource instanceof GenericKubernetesResource) {
                if (!CUSTOM_KINDS.contains(resource.getApiVersion() + " " + resource.getKind())) {
                    problems.add(name + ": not a Kubernetes kind (misspelt kind or apiVersion?)");
                }
                typed = resource.getMetadata(); // the rest is the operator's schema
            }
            StrictModel.unknownFields(typed).forEach(field -> problems.add(name + ": unknown field " + field));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shouldNameAMisspeltFieldAMisplacedOneAndAMisspeltKind() {
        HasMetadata misspelt = serialization.unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: x }
                spec:
                  replcas: 2
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinessProb: { httpGet: { path: /q/health/ready, port: 8080 } }
                      runAsNonRoot: true
                """);
        assertEquals(Set.of("spec.replcas", "spec.template.spec.containers[0].readinessProb",
                "spec.template.spec.runAsNonRoot"), Set.copyOf(StrictModel.unknownFields(misspelt)));

        HasMetadata wrongKind = serialization.unmarshal("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata: { name: x }
                """);
        assertTrue(wrongKind instanceof GenericKubernetesResource);
    }

    @Test
    void everyWorkloadRunsAsTheReadmeSays() throws IOException {
        List<Deployment> deployments = only(Deployment.class);
        assertEquals(Set.of("gateway", "planning-service", "membership-service", "dialogue-service"),
                deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            assertTrue(deployment.getSpec().getReplicas() >= 2, name + ": at least two replicas");
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), name + ": non-root");
            for (var container : pod.getContainers()) {
                assertNotNull(container.getReadinessProbe(), name + ": readiness probe");
                assertNotNull(container.getLivenessProbe(), name + ": liveness probe");
                assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), name);
                assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem(), name + ": read-only root");
                assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation(), name);
                assertNotNull(container.getResources().getLimits().get("memory"), name + ": memory limit");
            }
        }
    }

    @Test
    void everySelectorAndScaleTargetFindsItsWorkload() throws IOException {
        Map<String, Map<String, String>> podLabels = only(Deployment.class).stream()
                .collect(Collectors.toMap(d -> d.getMetadata().getName(),
                        d -> d.getSpec().getTemplate().getMetadata().getLabels()));
        for (Deployment deployment : only(Deployment.class)) {
            assertTrue(matches(deployment.getSpec().getSelector().getMatchLabels(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels()),
                    deployment.getMetadata().getName() + ": its selector matches its own pods");
        }
        for (Service service : only(Service.class)) {
            assertTrue(podLabels.values().stream().anyMatch(labels -> matches(service.getSpec().getSelector(), labels)),
                    "Service " + service.getMetadata().getName() + " selects no pods");
        }
        for (PodDisruptionBudget budget : only(PodDisruptionBudget.class)) {
            assertTrue(podLabels.values().stream()
                    .anyMatch(labels -> matches(budget.getSpec().getSelector().getMatchLabels(), labels)),
                    "PodDisruptionBudget " + budget.getMetadata().getName() + " selects no pods");
        }
        for (HorizontalPodAutoscaler autoscaler : only(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertEquals("Deployment", target.getKind());
            assertTrue(podLabels.containsKey(target.getName()),
                    "HorizontalPodAutoscaler " + autoscaler.getMetadata().getName() + " scales nothing");
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, autoscaler.getMetadata().getName());
        }
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private <T> List<T> only(Class<T> type) throws IOException {
        return manifests().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every document of every manifest, in file order. */
    private List<HasMetadata> manifests() throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(""))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                    if (document.lines().anyMatch(line -> !line.isBlank() && !line.trim().startsWith("#"))) {
                        resources.add(serialization.unmarshal(document));
                    }
                }
            }
        }
        return resources;
    }
}
