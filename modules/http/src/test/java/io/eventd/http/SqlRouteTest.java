package io.eventd.http;

import static io.eventd.http.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventd.core.event.EventKey;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlRouteTest {
    private final ServerFixture server = ServerFixture.started();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createEventAnswersTheStatementResultArray() {
        HttpResponse<String> response = server.post("/v1/sql?schema=test", "text/plain",
                "CREATE EVENT e ON SCHEDULE EVERY 10 SECOND DO SELECT 1", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("[{\"statement\":1,\"ok\":true,\"warnings\":[],\"event\":\"test.e\","
                + "\"fires\":[\"2026-01-01 00:00:00\",\"2026-01-01 00:00:10\",\"2026-01-01 00:00:20\","
                + "\"2026-01-01 00:00:30\",\"2026-01-01 00:00:40\"]}]");
        assertThat(server.catalog.find(EventKey.of("test", "e"))).isPresent();
    }

    @Test
    void statementsRunInOrderAndStopAtTheFirstError() {
        HttpResponse<String> response = server.sql("USE test;\n"
                + "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1;\n"
                + "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 2;\n"
                + "CREATE EVENT never ON SCHEDULE EVERY 1 HOUR DO SELECT 3;");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode results = json(response);
        assertThat(results).hasSize(3);
        assertThat(results.get(1).get("ok").asBoolean()).isTrue();
        assertThat(results.get(2).toString()).isEqualTo("{\"statement\":3,\"ok\":false,\"error\":{\"code\":1537,"
                + "\"sqlstate\":\"HY000\",\"message\":\"Event 'e' already exists\"}}");
        assertThat(server.catalog.find(EventKey.of("test", "never"))).isEmpty();
    }

    @Test
    void delimiterIsHandledAsTheMysqlClientDoes() {
        HttpResponse<String> response = server.post("/v1/sql?schema=test", "application/sql", "DELIMITER //\n"
                + "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN SELECT 1; SELECT 2; END//\n"
                + "DELIMITER ;\n"
                + "SELECT EVENT_NAME, EVENT_DEFINITION FROM information_schema.EVENTS;\n", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json(response);
        assertThat(results).hasSize(2);
        assertThat(results.get(1).toString()).isEqualTo("{\"statement\":2,\"ok\":true,\"warnings\":[],"
                + "\"columns\":[\"EVENT_NAME\",\"EVENT_DEFINITION\"],"
                + "\"rows\":[[\"e\",\"BEGIN SELECT 1; SELECT 2; END\"]]}");
    }

    @Test
    void jsonBodyCarriesTheSqlAndTheSchemaWhichWinsOverTheQueryParameter() {
        HttpResponse<String> response = server.post("/v1/sql?schema=test", "application/json; charset=utf-8",
                "{\"sql\": \"CREATE EVENT e ON SCHEDULE AT '2026-02-01 00:00:00' DO SELECT 1\", \"schema\": \"other\"}",
                ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get(0).get("event").asText()).isEqualTo("other.e");
    }

    @Test
    void unknownDefaultSchemaIs404With1049() {
        HttpResponse<String> response = server.post("/v1/sql?schema=nope", "text/plain", "SHOW EVENTS",
                ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get(0).get("error").get("code").asInt()).isEqualTo(1049);
        assertThat(json(response).get(0).get("error").get("message").asText()).isEqualTo("Unknown database 'nope'");
    }

    @Test
    void syntaxErrorIs400With1064() {
        HttpResponse<String> response = server.sql("CREATE EVENT");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get(0).get("error").get("code").asInt()).isEqualTo(1064);
    }

    @Test
    void unknownEventIs404With1539() {
        HttpResponse<String> response = server.sql("DROP EVENT test.nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get(0).get("error").get("message").asText()).isEqualTo("Unknown event 'nope'");
    }

    @Test
    void eventDdlWithoutTheEventPrivilegeIs403With1044() {
        HttpResponse<String> response = server.post("/v1/sql", "text/plain",
                "CREATE EVENT test.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1",
                ServerFixture.basic("app", ServerFixture.APP_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get(0).get("error").toString()).isEqualTo("{\"code\":1044,\"sqlstate\":\"42000\","
                + "\"message\":\"Access denied for user 'app'@'%' to database 'test'\"}");
    }

    @Test
    void theCallerIsTheDefaultDefiner() {
        server.post("/v1/sql", "text/plain", "CREATE EVENT other.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1",
                ServerFixture.basic("app", ServerFixture.APP_PASSWORD));

        assertThat(server.catalog.find(EventKey.of("other", "e")).orElseThrow().definer())
                .isEqualTo(ServerFixture.APP);
    }

    @Test
    void eachRequestGetsAFreshSession() {
        server.sql("USE test; SET @x = 5");

        HttpResponse<String> response = server.sql("SELECT @x");

        assertThat(json(response).get(0).get("rows").toString()).isEqualTo("[[null]]");
    }

    @Test
    void emptyBodyRunsNothing() {
        HttpResponse<String> response = server.sql("  -- nothing\n");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset=utf-8", "application/sql", "application/x-www-form-urlencoded"})
    void rawSqlIsTakenInTheseContentTypes(String contentType) {
        HttpResponse<String> response = server.post("/v1/sql", contentType, "CREATE DATABASE d1", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.schemas.exists("d1")).isTrue();
    }

    @Test
    void noContentTypeIsRawSql() {
        HttpResponse<String> response = server.send(server.request("/v1/sql")
                .header("Authorization", ServerFixture.root())
                .POST(HttpRequest.BodyPublishers.ofString("CREATE DATABASE d2")).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.schemas.exists("d2")).isTrue();
    }

    @Test
    void unknownContentTypeIs415AndRunsNothing() {
        HttpResponse<String> response = server.post("/v1/sql", "text/html", "CREATE DATABASE d3", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").get("code").asInt()).isEqualTo(7912);
        assertThat(server.schemas.exists("d3")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"sql\": ", "[1]", "{\"schema\": \"test\"}", "{\"sql\": 5}", "{\"sql\": \"x\", \"db\": 1}"})
    void malformedJsonIs400AndRunsNothing(String body) {
        HttpResponse<String> response = server.post("/v1/sql", "application/json", body, ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(7910);
        assertThat(error.get("sqlstate").asText()).isEqualTo("HY000");
        assertThat(error.get("message").asText()).startsWith("eventd: bad request: ");
    }

    @Test
    void bodyOverTheLimitIs413AndRunsNothingAndTheNodeServesOn() {
        String big = "CREATE DATABASE d4; -- " + "x".repeat((int) HttpSettings.DEFAULT_BODY_LIMIT);

        HttpResponse<String> response = server.post("/v1/sql", "text/plain", big, ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").get("message").asText())
                .isEqualTo("eventd: request body larger than 1048576 bytes");
        assertThat(server.schemas.exists("d4")).isFalse();
        assertThat(server.sql("CREATE DATABASE d5").statusCode()).isEqualTo(200);
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() {
        String statement = "CREATE DATABASE d6;";
        String body = statement + " ".repeat((int) HttpSettings.DEFAULT_BODY_LIMIT - statement.length());

        assertThat(server.sql(body).statusCode()).isEqualTo(200);
    }

    @Test
    void statusCountersAndHistoryAreServedThroughSql() {
        server.sql("CREATE EVENT test.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");

        JsonNode status = json(server.sql("SHOW STATUS LIKE 'Com_create_event'")).get(0);
        JsonNode history = json(server.sql("SELECT event_name FROM eventd.history")).get(0);

        assertThat(status.get("rows").toString()).isEqualTo("[[\"Com_create_event\",\"1\"]]");
        assertThat(history.get("ok").asBoolean()).isTrue();
        assertThat(history.get("rows")).isEmpty();
    }
}
