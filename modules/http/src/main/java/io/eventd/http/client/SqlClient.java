package io.eventd.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Posts SQL to a node's {@code POST /v1/sql} (JDK HTTP client) and parses the statement results. Statements run
 * in order and stop at the first error, whose result is the last one returned.
 */
public final class SqlClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http;

    /**
     * @param credentials {@link Credentials#basic}, {@link Credentials#token} or {@link Credentials#none}
     * @param tls         https instead of http (the JVM's trust store checks the node's certificate)
     */
    public SqlClient(String host, int port, Credentials credentials, boolean tls) {
        Objects.requireNonNull(host, "host");
        this.endpoint = URI.create((tls ? "https" : "http") + "://" + host + ":" + port + "/v1/sql");
        this.authorization = credentials.header();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Runs {@code sql} (one or more statements, DELIMITER honoured) with {@code schema} as default database
     * (null for none).
     *
     * @throws SqlClientException when the node refuses the request as a whole (401 bad credentials, 413, …)
     */
    public List<ClientResult> execute(String sql, String schema) throws IOException, SqlClientException {
        URI uri = schema == null ? endpoint
                : URI.create(endpoint + "?schema=" + URLEncoder.encode(schema, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/sql")
                .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + endpoint, e);
        }
        JsonNode body = parse(response);
        if (!body.isArray()) {
            throw new SqlClientException(response.statusCode(), error(body.path("error")));
        }
        List<ClientResult> results = new ArrayList<>();
        for (JsonNode result : body) {
            results.add(result(result));
        }
        return results;
    }

    private JsonNode parse(HttpResponse<String> response) throws IOException {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("HTTP " + response.statusCode() + " from " + endpoint + " is not eventd's JSON", e);
        }
    }

    private static ClientResult result(JsonNode json) {
        if (!json.path("ok").asBoolean()) {
            return new ClientResult(json.path("statement").asInt(), false, List.of(), null, null, null, null,
                    error(json.path("error")));
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (JsonNode w : json.path("warnings")) {
            warnings.add(new Diagnostic(Level.valueOf(w.path("level").asText()), w.path("code").asInt(),
                    w.path("message").asText()));
        }
        return new ClientResult(json.path("statement").asInt(), true, warnings, text(json.get("event")),
                json.has("fires") ? strings(json.get("fires")) : null,
                json.has("columns") ? strings(json.get("columns")) : null,
                json.has("rows") ? rows(json.get("rows")) : null, null);
    }

    private static SqlError error(JsonNode json) {
        return new SqlError(json.path("code").asInt(), json.path("sqlstate").asText("HY000"),
                json.path("message").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<List<Object>> rows(JsonNode array) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : array) {
            List<Object> cells = new ArrayList<>();
            for (JsonNode cell : row) {
                cells.add(cell.isNull() ? null : cell.isIntegralNumber() ? (Object) cell.asLong() : cell.asText());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** How the client proves who it is. */
    public static final class Credentials {
        private final String header;

        private Credentials(String header) {
            this.header = header;
        }

        public static Credentials basic(String user, String password) {
            return new Credentials("Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        /** A bearer token from {@code POST /v1/tokens}. */
        public static Credentials token(String token) {
            return new Credentials("Bearer " + token);
        }

        /** No credentials: only the loopback-only embedded demo accepts these. */
        public static Credentials none() {
            return new Credentials(null);
        }

        String header() {
            return header;
        }
    }
}
