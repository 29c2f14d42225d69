package io.eventd.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.node.Readiness;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)$");

    private final ServerFixture server = ServerFixture.started();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void liveAnswersWithoutCredentials() {
        HttpResponse<String> response = server.send(server.request("/health/live").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void readyFlipsWithTheNodesReadiness() {
        assertThat(server.send(server.request("/health/ready").GET().build()).body()).isEqualTo("{\"status\":\"UP\","
                + "\"checks\":{\"joined\":true,\"catalogLoaded\":true,\"metadataStoreReachable\":true},\"failing\":[]}");

        server.node.setReadiness(new Readiness(true, true, false));
        HttpResponse<String> down = server.send(server.request("/health/ready").GET().build());
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"joined\":true,\"catalogLoaded\":true,"
                + "\"metadataStoreReachable\":false},\"failing\":[\"metadataStoreReachable\"]}");
        assertThat(server.send(server.request("/health/live").GET().build()).statusCode()).isEqualTo(200);

        server.node.setReadiness(Readiness.ready());
        assertThat(server.send(server.request("/health/ready").GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void healthGivesDetails() {
        server.node.setReadiness(new Readiness(false, false, true));

        HttpResponse<String> response = server.send(server.request("/health").GET().build());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"joined\":false,"
                + "\"catalogLoaded\":false,\"metadataStoreReachable\":true},\"failing\":[\"joined\",\"catalogLoaded\"],"
                + "\"node\":\"node-1\",\"members\":1,\"scheduler\":\"ON\",\"quorum_present\":true}");
    }

    @Test
    void metricsCountRequestsByRouteMethodAndStatus() {
        String series = "eventd_http_requests_seconds_count{method=\"POST\",route=\"/v1/sql\",status=\"200\"}";
        server.sql("CREATE DATABASE d1");
        double before = scrape().getOrDefault(series, 0.0);

        server.sql("CREATE DATABASE d2");
        server.sql("CREATE DATABASE d2");
        Map<String, Double> after = scrape();

        assertThat(after.get(series)).isEqualTo(before + 1);
        assertThat(after.get("eventd_http_requests_seconds_count{method=\"POST\",route=\"/v1/sql\",status=\"409\"}"))
                .isEqualTo(1.0);
        assertThat(after.get("eventd_http_requests_seconds_sum{method=\"POST\",route=\"/v1/sql\",status=\"200\"}"))
                .isPositive();
    }

    @Test
    void unknownPathsAreCountedAsUnmatched() {
        server.get("/no/such/path/42", ServerFixture.root());

        assertThat(scrape()).containsEntry(
                "eventd_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}", 1.0);
    }

    @Test
    void metricsCarryJvmMeters() {
        Map<String, Double> samples = scrape();

        assertThat(samples.keySet()).anyMatch(name -> name.startsWith("jvm_memory_used_bytes{"));
        assertThat(samples.keySet()).anyMatch(name -> name.startsWith("jvm_threads_live_threads"));
        assertThat(samples.keySet()).anyMatch(name -> name.startsWith("process_uptime_seconds"));
    }

    /** Every sample of the exposition, keyed by name and labels; fails on a line that is not a sample or comment. */
    private Map<String, Double> scrape() {
        HttpResponse<String> response = server.send(server.request("/metrics").GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        return response.body().lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> {
            Matcher m = SAMPLE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            return Map.entry(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
