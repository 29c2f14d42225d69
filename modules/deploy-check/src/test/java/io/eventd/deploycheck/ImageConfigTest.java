package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventd.server.config.NodeOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the image with Jib from {@code scratch} (offline) and reads its config from the tar: what Kubernetes
 * and the manifests rely on. Runs with {@code -Pimage-check} (a nested Maven build of the server module).
 */
@Tag("image")
class ImageConfigTest {
    @TempDir
    static Path out;
    static JsonNode config;

    @BeforeAll
    static void buildTheImage() throws IOException, InterruptedException {
        Path tar = out.resolve("eventd-image.tar");
        List<String> mvn = new ArrayList<>(List.of("mvn", "-q", "-B", "-ntp", "-pl", "modules/server", "-am",
                "package", "com.google.cloud.tools:jib-maven-plugin:3.5.2:buildTar", "-DskipTests",
                "-Djib.containerize=io.eventd:eventd-server", "-Djib.from.image=scratch",
                "-Djib.outputPaths.tar=" + tar));
        Process build = new ProcessBuilder(mvn).directory(Repo.root().toFile()).redirectErrorStream(true)
                .redirectOutput(out.resolve("build.log").toFile()).start();
        assertThat(build.waitFor()).as(Files.readString(out.resolve("build.log"))).isZero();
        config = new ObjectMapper().readTree(Tar.entry(tar, "config.json"));
    }

    @Test
    void runsTheServerCommandWithTheContainerJvmFlags() {
        List<String> entrypoint = texts(config.at("/config/Entrypoint"));

        assertThat(entrypoint.get(0)).isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.management/sun.management=ALL-UNNAMED",
                "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
                "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED");
        assertThat(entrypoint.get(entrypoint.size() - 1)).isEqualTo("io.eventd.server.Main");
        assertThat(texts(config.at("/config/Cmd"))).containsExactly("server");
    }

    @Test
    void exposesTheServersDefaultPortsAsTheNonRootUser() {
        assertThat(iterable(config.at("/config/ExposedPorts").fieldNames())).containsExactlyInAnyOrder(
                NodeOption.HTTP_PORT.defaultValue() + "/tcp", NodeOption.CLUSTER_PORT.defaultValue() + "/tcp");
        assertThat(config.at("/config/User").asText()).isEqualTo(String.valueOf(ServerContract.USER_ID));
    }

    @Test
    void setsTheEnvironmentTheManifestsAssume() {
        List<String> expected = ServerContract.IMAGE_ENV.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        assertThat(texts(config.at("/config/Env"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    /** A minimal reader of uncompressed tar archives: enough to pull one small file out of Jib's image tar. */
    static final class Tar {
        private Tar() {
        }

        static String entry(Path tar, String name) throws IOException {
            try (InputStream in = Files.newInputStream(tar)) {
                byte[] header = new byte[512];
                while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                    String entryName = field(header, 0, 100);
                    long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                    if (entryName.equals(name)) {
                        return new String(in.readNBytes((int) size), StandardCharsets.UTF_8);
                    }
                    in.skipNBytes(size + (512 - size % 512) % 512);
                }
            }
            throw new IOException(tar + " holds no " + name);
        }

        private static String field(byte[] header, int offset, int length) {
            int end = offset;
            while (end < offset + length && header[end] != 0) {
                end++;
            }
            return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
        }
    }
}
