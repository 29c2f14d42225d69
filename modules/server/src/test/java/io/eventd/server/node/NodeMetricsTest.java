package io.eventd.server.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.server.Shutdown;
import io.eventd.server.config.NodeConfig;
import io.eventd.server.config.Settings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real node scraped over HTTP: every metric of the Prometheus contract (deploy/prometheus/README.md) is there
 * with its type and labels, and its values follow an event that succeeds every second and one that always fails.
 */
class NodeMetricsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "metrics-admin";

    @TempDir
    static Path dir;
    static Shutdown shutdown = new Shutdown();
    static Node node;
    static String schema;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedMariaDb db = SharedMariaDb.server();
        schema = SharedMariaDb.freshSchema("metrics");
        SharedMariaDb.execute("CREATE TABLE `" + schema + "`.ticks (id BIGINT AUTO_INCREMENT PRIMARY KEY)");
        Map<String, String> flags = new HashMap<>();
        flags.put("http-port", "0");
        flags.put("http-host", "127.0.0.1");
        flags.put("cluster-port", Integer.toString(freePort()));
        flags.put("cluster-name", "metrics-" + UUID.randomUUID().toString().substring(0, 8));
        flags.put("node-name", "solo");
        flags.put("target-url", db.jdbcUrl());
        flags.put("target-user", db.user());
        flags.put("target-password-file",
                Files.writeString(dir.resolve("target-password"), db.password().reveal()).toString());
        flags.put("metadata-schema", SharedMariaDb.uniqueName("meta"));
        flags.put("admin-password-file", Files.writeString(dir.resolve("admin"), PASSWORD + "\n").toString());
        node = Node.start(NodeConfig.from(Settings.of(flags, Map.of())), shutdown);
        HttpResponse<String> created = sql("CREATE EVENT tick ON SCHEDULE EVERY 1 SECOND DO INSERT INTO ticks () "
                + "VALUES ();\nCREATE EVENT broken ON SCHEDULE EVERY 1 SECOND DO INSERT INTO missing_table VALUES (1);"
                + "\nCREATE EVENT paused ON SCHEDULE EVERY 1 HOUR DISABLE DO DELETE FROM ticks");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        shutdown.run();
    }

    @Test
    void everyContractMetricIsExportedWithItsTypeLabelsAndValues() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Scrape scrape = scrape();
            return scrape.value("eventd_executions_total", labels("tick", "succeeded")) >= 2
                    && scrape.value("eventd_executions_total", labels("broken", "failed")) >= 1;
        });
        Scrape first = scrape();
        double now = Instant.now().getEpochSecond();

        assertThat(first.types).containsEntry("eventd_executions_total", "counter")
                .containsEntry("eventd_start_delay_seconds", "histogram")
                .containsEntry("eventd_cluster_members", "gauge")
                .containsEntry("eventd_cluster_expected_members", "gauge")
                .containsEntry("eventd_quorum_present", "gauge")
                .containsEntry("eventd_event_next_fire_timestamp_seconds", "gauge")
                .containsEntry("eventd_event_last_success_timestamp_seconds", "gauge")
                .containsEntry("eventd_events", "gauge");
        assertThat(first.value("eventd_cluster_members", Map.of())).isEqualTo(1);
        assertThat(first.value("eventd_cluster_expected_members", Map.of())).isEqualTo(1);
        assertThat(first.value("eventd_quorum_present", Map.of())).isEqualTo(1);

        assertThat(first.labelNames("eventd_executions_total")).containsExactly(List.of("event", "outcome", "schema"));
        assertThat(first.labelNames("eventd_event_next_fire_timestamp_seconds"))
                .containsExactly(List.of("event", "schema"));
        assertThat(first.labelNames("eventd_event_last_success_timestamp_seconds"))
                .containsExactly(List.of("event", "schema"));
        assertThat(first.labelNames("eventd_events")).containsExactly(List.of("status"));
        assertThat(first.labelNames("eventd_start_delay_seconds_bucket")).containsExactly(List.of("le"));
        assertThat(first.series("eventd_start_delay_seconds_bucket")).extracting(s -> s.labels().get("le"))
                .contains("0.001", "0.01", "0.1", "1.0", "10.0", "+Inf");
        assertThat(first.value("eventd_start_delay_seconds_count", Map.of())).isGreaterThanOrEqualTo(3);
        assertThat(first.value("eventd_start_delay_seconds_sum", Map.of())).isGreaterThanOrEqualTo(0);

        // Enabled events have a next firing ahead; the disabled one has none.
        assertThat(first.value("eventd_event_next_fire_timestamp_seconds", event("tick"))).isGreaterThan(now - 1)
                .isLessThanOrEqualTo(now + 2);
        assertThat(first.value("eventd_event_next_fire_timestamp_seconds", event("broken"))).isGreaterThan(now - 1);
        assertThat(first.series("eventd_event_next_fire_timestamp_seconds")).extracting(s -> s.labels().get("event"))
                .containsExactlyInAnyOrder("tick", "broken");
        // Only the succeeding event has a last success, and it is recent.
        assertThat(first.value("eventd_event_last_success_timestamp_seconds", event("tick")))
                .isBetween(now - 5, now + 1);
        assertThat(first.series("eventd_event_last_success_timestamp_seconds"))
                .extracting(s -> s.labels().get("event")).containsExactly("tick");
        assertThat(first.value("eventd_events", Map.of("status", "ENABLED"))).isEqualTo(2);
        assertThat(first.value("eventd_events", Map.of("status", "DISABLED"))).isEqualTo(1);
        assertThat(first.value("eventd_events", Map.of("status", "SLAVESIDE_DISABLED"))).isEqualTo(0);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape later = scrape();
            assertThat(later.value("eventd_executions_total", labels("tick", "succeeded")))
                    .isGreaterThan(first.value("eventd_executions_total", labels("tick", "succeeded")));
            assertThat(later.value("eventd_executions_total", labels("broken", "failed")))
                    .isGreaterThan(first.value("eventd_executions_total", labels("broken", "failed")));
            assertThat(later.value("eventd_start_delay_seconds_count", Map.of()))
                    .isGreaterThan(first.value("eventd_start_delay_seconds_count", Map.of()));
        });
    }

    @Test
    void aDroppedEventLosesItsSeries() throws Exception {
        HttpResponse<String> created = sql("CREATE EVENT brief ON SCHEDULE EVERY 1 SECOND DO INSERT INTO ticks () "
                + "VALUES ()");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                scrape().value("eventd_executions_total", labels("brief", "succeeded")) >= 1
                        && scrape().has("eventd_event_last_success_timestamp_seconds", event("brief")));

        assertThat(sql("DROP EVENT brief").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Scrape scrape = scrape();
            assertThat(scrape.series("eventd_executions_total")).noneMatch(s -> "brief".equals(s.labels().get("event")));
            assertThat(scrape.has("eventd_event_next_fire_timestamp_seconds", event("brief"))).isFalse();
            assertThat(scrape.has("eventd_event_last_success_timestamp_seconds", event("brief"))).isFalse();
        });
    }

    private static Map<String, String> event(String name) {
        return Map.of("schema", schema, "event", name);
    }

    private static Map<String, String> labels(String name, String outcome) {
        return Map.of("schema", schema, "event", name, "outcome", outcome);
    }

    private static HttpResponse<String> sql(String body) throws Exception {
        return HTTP.send(request("/v1/sql?schema=" + schema).header("Content-Type", "application/sql")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("root:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Scrape scrape() throws Exception {
        HttpResponse<String> response = HTTP.send(request("/metrics").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Scrape.parse(response.body());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
                .timeout(Duration.ofSeconds(120));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Sample(String name, Map<String, String> labels, double value) {
    }

    /** The Prometheus text format: {@code # TYPE name type} lines and {@code name{k="v",…} value} samples. */
    record Scrape(Map<String, String> types, List<Sample> samples) {
        private static final Pattern TYPE = Pattern.compile("# TYPE (\\S+) (\\S+)");
        private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
        private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

        static Scrape parse(String text) {
            Map<String, String> types = new HashMap<>();
            List<Sample> samples = new ArrayList<>();
            for (String line : text.split("\n")) {
                Matcher type = TYPE.matcher(line);
                Matcher sample = SAMPLE.matcher(line);
                if (type.matches()) {
                    types.put(type.group(1), type.group(2));
                } else if (!line.startsWith("#") && sample.matches()) {
                    Map<String, String> labels = new LinkedHashMap<>();
                    Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                    while (label.find()) {
                        labels.put(label.group(1), label.group(2));
                    }
                    samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)
                            .replace("+Inf", "Infinity"))));
                }
            }
            return new Scrape(types, samples);
        }

        List<Sample> series(String name) {
            return samples.stream().filter(s -> s.name().equals(name)).toList();
        }

        /** The sorted label names of each series of {@code name}, once per distinct set. */
        List<List<String>> labelNames(String name) {
            return series(name).stream().map(s -> s.labels().keySet().stream().sorted().toList()).distinct().toList();
        }

        boolean has(String name, Map<String, String> labels) {
            return series(name).stream().anyMatch(s -> s.labels().equals(labels));
        }

        /** The value of the series with exactly these labels; 0 when absent (a counter not yet created). */
        double value(String name, Map<String, String> labels) {
            return series(name).stream().filter(s -> s.labels().equals(labels)).mapToDouble(Sample::value)
                    .findFirst().orElse(0);
        }
    }
}
