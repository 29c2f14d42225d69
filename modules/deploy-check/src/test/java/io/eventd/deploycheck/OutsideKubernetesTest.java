package io.eventd.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.server.config.NodeOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** deploy/compose.yaml, deploy/eventd.service and deploy/local-cluster.sh agree with the server as k8s/ does. */
class OutsideKubernetesTest {
    private static final Path DEPLOY = Repo.path("deploy");
    private static final Set<String> SETTINGS = Arrays.stream(NodeOption.values()).map(NodeOption::env)
            .collect(Collectors.toSet());
    private static final Duration GRACE = ServerContract.SHUTDOWN_BUDGET.plus(ServerContract.EXIT_MARGIN);

    @Test
    void composeRunsThreeMembersWithPasswordsAsSecretFiles() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Object> services = Yaml.map(compose.get("services"), "services");
        List<String> members = services.keySet().stream().filter(s -> s.startsWith("member-")).sorted().toList();
        Set<String> secrets = Yaml.map(compose.get("secrets"), "secrets").keySet();

        assertThat(members).containsExactly("member-1", "member-2", "member-3");
        for (String name : members) {
            Map<String, Object> member = Yaml.map(services.get(name), name);
            Map<String, Object> env = Yaml.map(member.get("environment"), name + ".environment");

            assertThat(env.keySet()).as(name).allSatisfy(k -> assertThat(SETTINGS).contains(k));
            assertThat(env.get(NodeOption.MEMBERS.env()).toString().split(",")).hasSize(members.size())
                    .allSatisfy(m -> assertThat(members).contains(m.split(":")[0]));
            assertThat(env.get(NodeOption.EXPECTED_MEMBERS.env())).isEqualTo(String.valueOf(members.size()));
            for (NodeOption file : List.of(NodeOption.TARGET_PASSWORD_FILE, NodeOption.ADMIN_PASSWORD_FILE)) {
                String path = (String) env.get(file.env());
                assertThat(path).startsWith("/run/secrets/");
                assertThat(secrets).contains(Path.of(path).getFileName().toString());
                assertThat(Yaml.list(member.get("secrets"), "secrets")).contains(Path.of(path).getFileName().toString());
            }
            assertThat(env.keySet()).noneMatch(k -> k.contains("PASSWORD") && !k.endsWith("_FILE"));
            assertThat(Duration.parse("PT" + member.get("stop_grace_period"))).isGreaterThanOrEqualTo(GRACE);
            assertThat(member.get("image").toString()).doesNotEndWith(":latest").contains(":");
            assertThat(member.get("user")).isEqualTo(String.valueOf(ServerContract.USER_ID));
        }
    }

    @Test
    void theSystemdUnitRunsUnprivilegedWithCredentialsAndWaitsForTheShutdown() throws IOException {
        Map<String, List<String>> unit = Files.readAllLines(DEPLOY.resolve("eventd.service")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("[") && l.contains("="))
                .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf('=')),
                        Collectors.mapping(l -> l.substring(l.indexOf('=') + 1), Collectors.toList())));

        assertThat(unit.get("User")).singleElement().isNotEqualTo("root");
        assertThat(unit.get("Restart")).containsExactly("on-failure");
        assertThat(unit).containsKey("EnvironmentFile");
        assertThat(Duration.ofSeconds(Long.parseLong(unit.get("TimeoutStopSec").get(0)))).isGreaterThanOrEqualTo(GRACE);
        assertThat(unit.get("LoadCredential")).containsExactlyInAnyOrder(
                "target-password:/etc/eventd/credentials/target-password",
                "admin-password:/etc/eventd/credentials/admin-password");
        Map<String, String> env = unit.get("Environment").stream()
                .collect(Collectors.toMap(e -> e.substring(0, e.indexOf('=')), e -> e.substring(e.indexOf('=') + 1)));
        assertThat(env).containsEntry(NodeOption.TARGET_PASSWORD_FILE.env(), "%d/target-password")
                .containsEntry(NodeOption.ADMIN_PASSWORD_FILE.env(), "%d/admin-password");
        // EVENTD_JAVA_OPTS is bin/eventd's (the JVM's flags), every other name is a setting
        assertThat(env.keySet()).allSatisfy(k -> assertThat(k.equals("EVENTD_JAVA_OPTS") || SETTINGS.contains(k))
                .as(k).isTrue());
    }

    @Test
    void theLocalClusterScriptUsesOnlyServerSettingsAndTheSameGrace() throws IOException {
        String script = Files.readString(DEPLOY.resolve("local-cluster.sh"));
        Set<String> used = Pattern.compile("\\b(EVENTD_[A-Z_]+)=").matcher(script).results()
                .map(r -> r.group(1)).collect(Collectors.toSet());

        assertThat(used).isNotEmpty().allSatisfy(k -> assertThat(SETTINGS).contains(k));
        assertThat(script).contains("grace_seconds=" + GRACE.plusSeconds(5).toSeconds());
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DEPLOY.resolve("compose.yaml"))) {
            return new org.yaml.snakeyaml.Yaml().load(reader); // SnakeYAML: it resolves the merge keys
        }
    }
}
