package io.eventd.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** {@code POST /v1/sql} to one node as root (HTTP Basic), each request bounded by a timeout. */
final class SqlOverHttp {
    /** A status and body; a request that hit the timeout is thrown as {@link HttpTimeoutException}. */
    record Answer(int status, String body) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;
    private final Duration timeout;

    SqlOverHttp(String rootPassword, Duration timeout) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("root:" + rootPassword).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
    }

    /** {@code schema} empty: no default database. */
    Answer post(int port, String schema, String sql) throws HttpTimeoutException {
        String query = schema.isEmpty() ? "" : "?schema=" + URLEncoder.encode(schema, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/sql" + query))
                .header("Authorization", authorization).header("Content-Type", "application/sql")
                .timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts and requires a 200 (setup statements). */
    String ok(int port, String schema, String sql) {
        try {
            Answer answer = post(port, schema, sql);
            if (answer.status() != 200) {
                throw new IllegalStateException(answer.status() + " " + answer.body() + " for " + sql);
            }
            return answer.body();
        } catch (HttpTimeoutException e) {
            throw new IllegalStateException("timed out: " + sql, e);
        }
    }
}
