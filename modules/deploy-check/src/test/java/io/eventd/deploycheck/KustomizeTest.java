package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeTest {
    static List<Path> all() {
        return Kustomizations.all();
    }

    @Test
    void aFieldOutsideTheSubsetFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\ncommonLabels:\n  a: b\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'commonLabels' is outside the kustomize subset");
    }

    @Test
    void patchesMergeNamedListsByNameAndReplaceOtherLists(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [pod.yaml]\npatches:\n  - path: patch.yaml\n");
        Files.writeString(dir.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - {name: a, image: x, args: [one, two]}
                    - {name: b, image: y}
                """);
        Files.writeString(dir.resolve("patch.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - {name: b, args: [three]}
                """);

        Map<String, Object> pod = Kustomize.render(dir).get(0);

        assertThat(pod).extracting("spec").extracting("containers").isEqualTo(List.of(
                Map.of("name", "a", "image", "x", "args", List.of("one", "two")),
                Map.of("name", "b", "image", "y", "args", List.of("three"))));
    }

    @Test
    void aPatchWithoutItsTargetFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\npatches:\n  - path: patch.yaml\n");
        Files.writeString(dir.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

        assertThatThrownBy(() -> Kustomize.render(dir)).hasMessageContaining("no ConfigMap/c to patch");
    }

    @Test
    void aMisspeltFieldFailsTheBinding() {
        Map<String, Object> doc = Map.of("apiVersion", "v1", "kind", "Service",
                "metadata", Map.of("name", "s"), "spec", Map.of("clusterIp", "None"));

        assertThatThrownBy(() -> BoundManifests.bind(doc)).hasMessageContaining("v1/Service/s.spec.clusterIp");
    }

    @Test
    void aWrongTypeFailsTheBinding() {
        Map<String, Object> doc = Map.of("apiVersion", "apps/v1", "kind", "StatefulSet",
                "metadata", Map.of("name", "s"), "spec", Map.of("replicas", "three"));

        assertThatThrownBy(() -> BoundManifests.bind(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three");
    }

    /** Where kubectl is installed, its own rendering must equal ours; CI without kubectl skips this one check. */
    @ParameterizedTest
    @MethodSource("all")
    void rendersAsKubectlDoes(Path dir) throws IOException, InterruptedException {
        assumeTrue(kubectlAvailable(), "kubectl is not installed");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
        String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor()).as(out).isZero();
        Path rendered = Files.createTempFile("kustomize", ".yaml");
        try {
            Files.writeString(rendered, out);
            // as trees: mappings compare without regard to key order (kubectl sorts keys, we keep the files')
            JsonNode ours = Yaml.MAPPER.valueToTree(Kustomize.render(dir));
            assertThat(ours).isEqualTo(Yaml.MAPPER.valueToTree(inOurOrder(Yaml.documents(rendered), dir)));
        } finally {
            Files.delete(rendered);
        }
    }

    /** kubectl sorts documents by kind; ours keep the order of the files: put kubectl's in ours. */
    private static List<Map<String, Object>> inOurOrder(List<Map<String, Object>> kubectls, Path dir) {
        List<Map<String, Object>> ours = Kustomize.render(dir);
        return ours.stream().map(o -> kubectls.stream().filter(k -> sameObject(k, o)).findFirst().orElseThrow(
                () -> new AssertionError("kubectl did not render " + o.get("kind")))).toList();
    }

    private static boolean sameObject(Map<String, Object> a, Map<String, Object> b) {
        return a.get("kind").equals(b.get("kind"))
                && ((Map<?, ?>) a.get("metadata")).get("name").equals(((Map<?, ?>) b.get("metadata")).get("name"));
    }

    private static boolean kubectlAvailable() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
