package io.eventd.http;

import static io.eventd.http.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    @Test
    void aClientThatStallsMidRequestIsDisconnectedAfterTheIdleTimeout() throws IOException {
        try (ServerFixture slow = ServerFixture.started(ServerFixture.settings().withIdleTimeout(Duration.ofMillis(300)));
             Socket socket = new Socket("127.0.0.1", slow.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /v1/sql HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nCREATE"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();

            assertThat(in.readAllBytes()).isEmpty();
            assertThat(slow.sql("SELECT 1").statusCode()).isEqualTo(200);
        }
    }
}
