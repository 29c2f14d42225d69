package io.eventd.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigTest {
    @TempDir
    Path dir;

    private static NodeConfig config(Map<String, String> flags, Map<String, String> env) {
        return NodeConfig.from(Settings.of(flags, env));
    }

    @Test
    void noOptionsGiveTheEmbeddedSingleNodeOnLoopback() {
        NodeConfig c = config(Map.of(), Map.of());
        assertThat(c.httpPort()).isEqualTo(8080);
        assertThat(c.clusterPort()).isEqualTo(5701);
        assertThat(c.httpHost()).isEqualTo("127.0.0.1");
        assertThat(c.target()).isNull();
        assertThat(c.metadata()).isNull();
        assertThat(c.members()).isEmpty();
        assertThat(c.expectedMembers()).isEqualTo(1);
        assertThat(c.demoEvent()).isTrue();
        assertThat(c.heartbeat()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.maxNoHeartbeat()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.metadataSchema()).isEqualTo("eventd");
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheConfigFile() throws IOException {
        Path file = Files.writeString(dir.resolve("eventd.properties"), "http-port=7000\ncluster-port=7001\nrun-threads=3\n");
        NodeConfig c = config(Map.of("config", file.toString(), "http-port", "9000"),
                Map.of("EVENTD_HTTP_PORT", "9500", "EVENTD_CLUSTER_PORT", "7501"));
        assertThat(c.httpPort()).isEqualTo(9000);
        assertThat(c.clusterPort()).isEqualTo(7501);
        assertThat(c.runThreads()).isEqualTo(3);
    }

    @Test
    void aMemberListSetsTheExpectedSizeSoAMinoritySideStopsFiring() {
        NodeConfig c = config(Map.of("members", "10.0.0.1:5701, 10.0.0.2:5701,10.0.0.3:5701"), Map.of());
        assertThat(c.members()).containsExactly("10.0.0.1:5701", "10.0.0.2:5701", "10.0.0.3:5701");
        assertThat(c.expectedMembers()).isEqualTo(3);
    }

    @Test
    void badValuesNameTheSettingAndWhereTheValueCameFrom() throws IOException {
        assertThatThrownBy(() -> config(Map.of("http-port", "eighty"), Map.of()))
                .isInstanceOf(SettingsException.class).hasMessage("--http-port: expected a whole number, got 'eighty'");
        assertThatThrownBy(() -> config(Map.of(), Map.of("EVENTD_CLUSTER_PORT", "70000")))
                .hasMessage("EVENTD_CLUSTER_PORT: expected 1 to 65535, got '70000' (--cluster-port)");
        assertThatThrownBy(() -> config(Map.of("discovery", "multicast"), Map.of()))
                .hasMessage("--discovery: expected one of tcp-ip, kubernetes-dns, got 'multicast'");
        assertThatThrownBy(() -> config(Map.of("discovery", "kubernetes-dns"), Map.of()))
                .hasMessage("--discovery kubernetes-dns needs --service-dns");
        Path file = Files.writeString(dir.resolve("bad.properties"), "http-prot=1\n");
        assertThatThrownBy(() -> config(Map.of("config", file.toString()), Map.of()))
                .hasMessage(file + ": unknown setting 'http-prot'");
    }

    @Test
    void withoutAnAdminPasswordTheNodeRefusesToServeTheNetwork() throws IOException {
        assertThatThrownBy(() -> config(Map.of("http-host", "0.0.0.0"), Map.of()))
                .hasMessageContaining("a node without --admin-password-file serves loopback only");
        Path secret = Files.writeString(dir.resolve("admin"), "s3cret\n");
        NodeConfig c = config(Map.of("admin-password-file", secret.toString()), Map.of());
        assertThat(c.httpHost()).isEqualTo("0.0.0.0");
        assertThat(c.adminPasswordFile()).isEqualTo(secret);
        assertThatThrownBy(() -> config(Map.of("admin-password-file", dir.resolve("missing").toString()), Map.of()))
                .hasMessageContaining("--admin-password-file: no readable file there");
    }

    @Test
    void theMetadataServerDefaultsToTheTarget() throws IOException {
        Path pw = Files.writeString(dir.resolve("pw"), "x");
        NodeConfig c = config(Map.of("target-url", "jdbc:mysql://db:3306/", "target-user", "app",
                "target-password-file", pw.toString()), Map.of());
        assertThat(c.target()).isEqualTo(new NodeConfig.Database("jdbc:mysql://db:3306/", "app", pw));
        assertThat(c.metadata()).isEqualTo(c.target());
        assertThat(c.demoEvent()).isFalse();
        assertThatThrownBy(() -> config(Map.of("target-url", "postgres://x"), Map.of()))
                .hasMessage("--target-url: expected a jdbc:mysql:// URL, got 'postgres://x'");
        assertThatThrownBy(() -> config(Map.of("target-url", "jdbc:mysql://db/"), Map.of()))
                .hasMessage("--target-url needs --target-user");
    }
}
