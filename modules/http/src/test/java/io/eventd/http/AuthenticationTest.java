package io.eventd.http;

import static io.eventd.http.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.event.EventKey;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private static final String STATEMENT = "CREATE EVENT test.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1";

    private ServerFixture server;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void basicCredentialsOfAnAccountAreAccepted() {
        server = ServerFixture.started();

        assertThat(server.post("/v1/sql", "text/plain", STATEMENT, ServerFixture.root()).statusCode()).isEqualTo(200);
        assertThat(server.catalog.find(EventKey.of("test", "e")).orElseThrow().definer())
                .isEqualTo(AccountDirectory.ROOT);
    }

    @Test
    void aWrongPasswordIs401With1045AndAChallengeAndRunsNothing() {
        server = ServerFixture.started();

        HttpResponse<String> response = server.post("/v1/sql", "text/plain", STATEMENT,
                ServerFixture.basic("root", "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"eventd\", charset=\"UTF-8\"");
        assertThat(json(response).toString()).isEqualTo("{\"error\":{\"code\":1045,\"sqlstate\":\"28000\","
                + "\"message\":\"Access denied for user 'root'@'127.0.0.1' (using password: YES)\"}}");
        assertThat(server.catalog.list()).isEmpty();
    }

    @Test
    void missingCredentialsAre401() {
        server = ServerFixture.started();

        HttpResponse<String> response = server.send(server.request("/v1/events").GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").get("message").asText())
                .isEqualTo("Access denied for user ''@'127.0.0.1' (using password: NO)");
    }

    @Test
    void malformedBasicCredentialsAre401() {
        server = ServerFixture.started();

        assertThat(server.get("/v1/events", "Basic !!!").statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/events", "Basic cm9vdA==").statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenIssuedForBasicCredentialsAuthenticatesAsThatAccount() {
        server = ServerFixture.started();
        HttpResponse<String> issued = server.post("/v1/tokens", "text/plain", "",
                ServerFixture.basic("app", ServerFixture.APP_PASSWORD));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode token = json(issued);
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_at").asText()).isEqualTo("2026-01-01 01:00:00");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3600);

        HttpResponse<String> response = server.post("/v1/sql", "text/plain",
                "CREATE EVENT other.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1", "Bearer " + token.get("token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.catalog.find(EventKey.of("other", "e")).orElseThrow().definer())
                .isEqualTo(ServerFixture.APP);
    }

    @Test
    void anExpiredOrUnknownTokenIs401() {
        server = ServerFixture.started();
        String token = json(server.post("/v1/tokens", "text/plain", "", ServerFixture.root())).get("token").asText();

        assertThat(server.get("/v1/events", "Bearer nonsense").statusCode()).isEqualTo(401);
        assertThat(server.get("/v1/events", "Bearer " + token).statusCode()).isEqualTo(200);
        server.clock.set(ServerFixture.START + 3600);
        HttpResponse<String> expired = server.get("/v1/events", "Bearer " + token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).get("error").get("code").asInt()).isEqualTo(1045);
    }

    @Test
    void aTokenCannotMintTokens() {
        server = ServerFixture.started();
        String token = json(server.post("/v1/tokens", "text/plain", "", ServerFixture.root())).get("token").asText();

        assertThat(server.post("/v1/tokens", "text/plain", "", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void tokensAreStoredAsDigestsOnly() {
        server = ServerFixture.started();
        String token = json(server.post("/v1/tokens", "text/plain", "", ServerFixture.root())).get("token").asText();

        assertThat(server.tokens.find(token, ServerFixture.START)).isEmpty();
    }

    @Test
    void anonymousLoopbackTreatsRequestsWithoutCredentialsAsRoot() {
        server = ServerFixture.started(ServerFixture.settings().withHost("0.0.0.0").withAnonymousLoopback(true));

        HttpResponse<String> response = server.send(server.request("/v1/sql").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(STATEMENT)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.catalog.find(EventKey.of("test", "e")).orElseThrow().definer())
                .isEqualTo(AccountDirectory.ROOT);
        assertThat(server.post("/v1/sql", "text/plain", "SHOW EVENTS FROM test",
                ServerFixture.basic("root", "wrong")).statusCode()).isEqualTo(401);
    }

    @Test
    void aServerWhoseRootHasNoPasswordRefusesToStart() {
        server = new ServerFixture();
        server.accounts.seedAdmin(AccountDirectory.ROOT, new char[0]);

        assertThatThrownBy(() -> server.start(ServerFixture.settings()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("root has no password");
    }
}
