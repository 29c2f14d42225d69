package io.eventd.server.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.server.MainRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three real nodes: SQL and REST from any node see the whole cluster; the CLI talks to them as mysql would. */
class NodeEndToEndTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ROOT = "Basic " + Base64.getEncoder()
            .encodeToString(("root:" + ThreeNodes.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;
    static ThreeNodes nodes;
    static String schema;

    @BeforeAll
    static void start() throws IOException {
        schema = SharedMariaDb.freshSchema("e2e");
        SharedMariaDb.execute("CREATE TABLE `" + schema + "`.ticks (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "at DATETIME(6) NOT NULL)");
        nodes = new ThreeNodes(dir);
    }

    @AfterAll
    static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static HttpResponse<String> send(int node, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + nodes.httpPort(node) + path))
                .header("Authorization", ROOT).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/sql");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anEventCreatedOnOneNodeIsSeenFromTheOthersAndFiresOnceAtEverySecond() throws Exception {
        HttpResponse<String> created = send(0, "POST", "/v1/sql?schema=" + schema,
                "CREATE EVENT tick ON SCHEDULE EVERY 1 SECOND DO INSERT INTO ticks (at) VALUES (NOW(6))");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("\"event\":\"" + schema + ".tick\"");

        for (int node = 1; node < 3; node++) {
            HttpResponse<String> event = send(node, "GET", "/v1/events/" + schema + "/tick", null);
            assertThat(event.statusCode()).isEqualTo(200);
            assertThat(event.body()).contains("\"EVENT_NAME\":\"tick\"", "\"STATUS\":\"ENABLED\"")
                    .containsPattern("\"leader\":\"node[012]\"");
        }

        await().atMost(Duration.ofSeconds(60)).until(() ->
                SharedMariaDb.longs("SELECT COUNT(*) FROM `" + schema + "`.ticks").get(0) >= 4);
        HttpResponse<String> dropped = send(2, "POST", "/v1/sql?schema=" + schema, "DROP EVENT tick");
        assertThat(dropped.statusCode()).isEqualTo(200);

        // By scheduled second (a first firing due as the event is created may run late, in the next wall-clock
        // second): one claim per firing, and no more body rows than claimed firings.
        String claims = "`" + nodes.metadataSchema() + "`.claims WHERE schema_name = '" + schema + "'";
        List<Long> perFiring = SharedMariaDb.longs("SELECT COUNT(*) FROM " + claims + " GROUP BY scheduled_at");
        assertThat(perFiring).as("claims per firing: never two runs of one firing").isNotEmpty()
                .allMatch(n -> n == 1);
        assertThat(SharedMariaDb.longs("SELECT COUNT(*) FROM `" + schema + "`.ticks").get(0))
                .isLessThanOrEqualTo(SharedMariaDb.longs("SELECT COUNT(*) FROM " + claims).get(0));
        HttpResponse<String> history = send(1, "GET", "/v1/events/" + schema + "/tick/history?limit=100", null);
        assertThat(history.body()).contains("\"status\":\"SUCCESS\"");
    }

    @Test
    void theCliTalksToANodeAsTheMysqlClientWould() {
        MainRunner.Outcome ok = MainRunner.run("", "sql", "-h", "127.0.0.1", "-P", "" + nodes.httpPort(1), "-u", "root",
                "-p" + ThreeNodes.ADMIN_PASSWORD, "-D", schema, "-e",
                "CREATE EVENT cli_made ON SCHEDULE EVERY 1 DAY DISABLE DO SELECT 1; SHOW EVENTS LIKE 'cli%'");
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Query OK, 0 rows affected", "| cli_made |", "| DISABLED |", "1 row in set");

        MainRunner.Outcome duplicate = MainRunner.run("", "sql", "-P", "" + nodes.httpPort(2), "-u", "root",
                "-p" + ThreeNodes.ADMIN_PASSWORD, "-D", schema, "-e",
                "CREATE EVENT cli_made ON SCHEDULE EVERY 1 DAY DO SELECT 1");
        assertThat(duplicate.exit()).isEqualTo(1);
        assertThat(duplicate.err()).contains("ERROR 1537 (HY000): Event 'cli_made' already exists");

        MainRunner.Outcome badPassword = MainRunner.run("", "sql", "-P", "" + nodes.httpPort(0), "-u", "root",
                "-pwrong", "-e", "SHOW EVENTS");
        assertThat(badPassword.exit()).isEqualTo(1);
        assertThat(badPassword.err()).contains("ERROR 1045 (28000): Access denied for user 'root'");
    }

    @Test
    void everyNodeServesHealthAndPrometheusMetrics() throws Exception {
        for (int node = 0; node < 3; node++) {
            assertThat(send(node, "GET", "/health/ready", null).statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = send(node, "GET", "/metrics", null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("# TYPE eventd_owned_events gauge", "jvm_memory_used_bytes");
        }
    }
}
