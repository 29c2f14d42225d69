package io.eventd.http;

import static io.eventd.http.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RoutingErrorsTest {
    private final ServerFixture server = ServerFixture.started();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unknownRouteIs404WithAJsonError() {
        HttpResponse<String> response = server.get("/v2/nothing", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":7913,\"sqlstate\":\"HY000\","
                + "\"message\":\"eventd: no such resource: /v2/nothing\"}}");
    }

    @Test
    void wrongMethodIs405WithAJsonError() {
        HttpResponse<String> response = server.send(server.request("/v1/sql")
                .header("Authorization", ServerFixture.root()).GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).get("error").get("message").asText())
                .isEqualTo("eventd: method GET not allowed on /v1/sql");
        HttpResponse<String> delete = server.send(server.request("/v1/events/test/e")
                .header("Authorization", ServerFixture.root()).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(json(delete).get("error").get("code").asInt()).isEqualTo(7914);
    }

    @Test
    void keepAliveConnectionServesOnAfterRefusals() {
        HttpRequest tooLarge = server.request("/v1/sql").header("Authorization", ServerFixture.root())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("-- " + "y".repeat(2 * 1024 * 1024))).build();
        for (int i = 0; i < 3; i++) {
            assertThat(server.send(tooLarge).statusCode()).isEqualTo(413);
            assertThat(server.post("/v1/sql", "application/json", "{", ServerFixture.root()).statusCode())
                    .isEqualTo(400);
            assertThat(server.sql("CREATE DATABASE IF NOT EXISTS d").statusCode()).isEqualTo(200);
        }
    }
}
