package io.eventd.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.InMemoryAccountStore;
import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.LocalStatementCounters;
import io.eventd.core.engine.OfflineClock;
import io.eventd.core.engine.OfflineScheduler;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.core.history.InMemoryExecutionHistory;
import io.eventd.core.history.InMemoryRunningExecutions;
import io.eventd.core.node.InMemoryNodeInfo;
import io.eventd.core.token.InMemoryAccessTokens;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

/**
 * A real HTTP server on a free loopback port over the in-memory core: schemas {@code test} and {@code other}, root
 * with password {@link #ROOT_PASSWORD}, {@code app@%} holding EVENT on {@code other} only, a clock standing at
 * 2026-01-01 00:00:00 UTC; and a java.net.http client.
 */
final class ServerFixture implements AutoCloseable {
    static final long START = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final String ROOT_PASSWORD = "s3cret root";
    static final String APP_PASSWORD = "app-pw";
    static final Account APP = new Account("app", "%");
    private static final ObjectMapper JSON = new ObjectMapper();

    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemorySchemas schemas = new InMemorySchemas("test", "other");
    final AccountDirectory accounts = new AccountDirectory(new InMemoryAccountStore(), new BcryptPasswordHasher(4));
    final InMemoryExecutionHistory history = new InMemoryExecutionHistory(1000);
    final InMemoryNodeInfo node = new InMemoryNodeInfo("node-1", "127.0.0.1:5701");
    final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    final OfflineClock clock = new OfflineClock(START);
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final Engine engine;
    final HttpPorts ports;
    final Vertx vertx = Vertx.vertx();
    final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    ServerFixture() {
        accounts.seedAdmin(AccountDirectory.ROOT, ROOT_PASSWORD.toCharArray());
        accounts.seed(APP, APP_PASSWORD.toCharArray(), Privileges.NONE.grant(Set.of(Privilege.EVENT), "other"));
        engine = new Engine(catalog, schemas, accounts, new OfflineScheduler(catalog, clock, ZoneOffset.UTC, true),
                new InMemoryRunningExecutions(), new LocalStatementCounters(), history);
        ports = new HttpPorts(engine, accounts, tokens, node, registry, clock, ZoneOffset.UTC);
    }

    static ServerFixture started() {
        return started(settings());
    }

    static ServerFixture started(HttpSettings settings) {
        ServerFixture fixture = new ServerFixture();
        fixture.start(settings);
        return fixture;
    }

    static HttpSettings settings() {
        return HttpSettings.defaults().withPort(0).withHost("127.0.0.1");
    }

    void start(HttpSettings settings) {
        server = HttpServer.start(vertx, settings, ports);
    }

    int port() {
        return server.port();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String root() {
        return basic("root", ROOT_PASSWORD);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String authorization) {
        return send(request(path).header("Authorization", authorization).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String authorization) {
        return send(request(path).header("Authorization", authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST /v1/sql as root with a text/plain body. */
    HttpResponse<String> sql(String script) {
        return post("/v1/sql", "text/plain", script, root());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        vertx.close().await();
        registry.close();
    }
}
