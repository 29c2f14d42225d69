package io.eventd.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The bench's client of a node's HTTP API (JDK client): SQL scripts, tokens, the cluster view and readiness. It
 * authenticates with a bearer token once {@link #useToken()} has minted one, so requests cost no bcrypt check.
 */
final class EventdHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;

    EventdHttp(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status, parsed body and the time it took. */
    record Answer(int status, JsonNode body, long nanos) {
        double millis() {
            return nanos / 1e6;
        }
    }

    /** Mints a bearer token with the Basic credentials and uses it from now on. */
    EventdHttp useToken() {
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (answer.status() != 201) {
            throw new IllegalStateException("POST /v1/tokens answered " + answer.status() + " " + answer.body());
        }
        authorization = "Bearer " + answer.body().get("token").asText();
        return this;
    }

    /** Same node, same credentials (a token is shared: tokens are replicated across the cluster). */
    EventdHttp withPort(int port) {
        EventdHttp other = new EventdHttp(port, "", "");
        other.authorization = authorization;
        return other;
    }

    Answer sql(String script, String schema) {
        return send(HttpRequest.newBuilder(URI.create(base + "/v1/sql" + (schema == null ? "" : "?schema=" + schema)))
                .header("Content-Type", "application/sql")
                .POST(HttpRequest.BodyPublishers.ofString(script, StandardCharsets.UTF_8)));
    }

    /** Runs a script and fails unless every statement succeeded. */
    Answer sqlOk(String script, String schema) {
        Answer answer = sql(script, schema);
        if (answer.status() != 200) {
            String text = answer.body().toString();
            throw new IllegalStateException("POST /v1/sql answered " + answer.status() + ": "
                    + text.substring(Math.max(0, text.length() - 500)));
        }
        return answer;
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** True when GET /health/ready answers 200; false while the node is starting or unreachable. */
    boolean ready() {
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("Authorization", authorization).timeout(Duration.ofMinutes(5));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            byte[] body = response.body();
            return new Answer(response.statusCode(), body.length == 0 ? JSON.nullNode() : JSON.readTree(body),
                    nanos);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
