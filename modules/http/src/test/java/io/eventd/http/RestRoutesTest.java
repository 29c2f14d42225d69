package io.eventd.http;

import static io.eventd.http.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.core.node.QuorumState;
import io.eventd.core.node.RunNowRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestRoutesTest {
    private static final String APP = ServerFixture.basic("app", ServerFixture.APP_PASSWORD);
    private final ServerFixture server = ServerFixture.started();

    @BeforeEach
    void events() {
        assertThat(server.sql("CREATE EVENT test.Nightly ON SCHEDULE EVERY 1 DAY STARTS '2026-01-02 03:00:00' "
                + "COMMENT 'n' DO DELETE FROM t; CREATE EVENT other.o ON SCHEDULE AT '2026-03-01 00:00:00' DO SELECT 1")
                .statusCode()).isEqualTo(200);
        server.node.addMember("node-2", "10.0.0.2:5701");
        server.node.setLeader(EventKey.of("test", "nightly"), "node-2");
        server.node.setLeader(EventKey.of("other", "o"), "node-1");
        server.node.setNextFire(EventKey.of("test", "nightly"), ServerFixture.START + 27 * 3600);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEventIsKeyedLikeInformationSchemaEventsPlusLeaderAndNextFire() {
        HttpResponse<String> response = server.get("/v1/events/test/NIGHTLY", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"EVENT_CATALOG\":\"def\",\"EVENT_SCHEMA\":\"test\","
                + "\"EVENT_NAME\":\"Nightly\",\"DEFINER\":\"root@%\",\"TIME_ZONE\":\"SYSTEM\",\"EVENT_BODY\":\"SQL\","
                + "\"EVENT_DEFINITION\":\"DELETE FROM t\",\"EVENT_TYPE\":\"RECURRING\",\"EXECUTE_AT\":null,"
                + "\"INTERVAL_VALUE\":\"1\",\"INTERVAL_FIELD\":\"DAY\",\"SQL_MODE\":\"ONLY_FULL_GROUP_BY,"
                + "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION\","
                + "\"STARTS\":\"2026-01-02 03:00:00\",\"ENDS\":null,\"STATUS\":\"ENABLED\","
                + "\"ON_COMPLETION\":\"NOT PRESERVE\",\"CREATED\":\"2026-01-01 00:00:00\","
                + "\"LAST_ALTERED\":\"2026-01-01 00:00:00\",\"LAST_EXECUTED\":null,\"EVENT_COMMENT\":\"n\","
                + "\"ORIGINATOR\":1,\"CHARACTER_SET_CLIENT\":\"utf8mb4\",\"COLLATION_CONNECTION\":\"utf8mb4_0900_ai_ci\","
                + "\"DATABASE_COLLATION\":\"utf8mb4_0900_ai_ci\",\"leader\":\"node-2\","
                + "\"next_fire\":\"2026-01-02 03:00:00\"}");
    }

    @Test
    void anUnknownEventIs404With1539() {
        HttpResponse<String> response = server.get("/v1/events/test/nope", ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":1539,\"sqlstate\":\"HY000\","
                + "\"message\":\"Unknown event 'nope'\"}}");
    }

    @Test
    void anEventOfASchemaWithoutEventPrivilegeIs403With1044() {
        HttpResponse<String> response = server.get("/v1/events/test/nightly", APP);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").get("message").asText())
                .isEqualTo("Access denied for user 'app'@'%' to database 'test'");
    }

    @Test
    void theListHoldsTheEventsOfSchemasTheCallerHoldsEventOn() {
        assertThat(json(server.get("/v1/events", ServerFixture.root())).findValuesAsText("EVENT_NAME"))
                .containsExactly("o", "Nightly");
        assertThat(json(server.get("/v1/events", APP)).findValuesAsText("EVENT_NAME")).containsExactly("o");
        assertThat(json(server.get("/v1/events?schema=test", ServerFixture.root())).findValuesAsText("EVENT_NAME"))
                .containsExactly("Nightly");
        assertThat(server.get("/v1/events?schema=test", APP).statusCode()).isEqualTo(403);
        HttpResponse<String> unknown = server.get("/v1/events?schema=nope", ServerFixture.root());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").get("code").asInt()).isEqualTo(1049);
    }

    @Test
    void runNowIsHandedToTheLeader() {
        HttpResponse<String> response = server.send(server.request("/v1/events/test/nightly/run")
                .header("Authorization", ServerFixture.root()).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"event\":\"test.Nightly\",\"node\":\"node-2\"}");
        assertThat(server.node.runRequests()).containsExactly(new RunNowRequest(EventKey.of("test", "nightly"),
                AccountDirectory.ROOT, ServerFixture.START));
    }

    @Test
    void runNowNeedsTheEventPrivilegeAndAnEvent() {
        assertThat(server.post("/v1/events/test/nightly/run", "text/plain", "", APP).statusCode()).isEqualTo(403);
        assertThat(server.post("/v1/events/test/nope/run", "text/plain", "", ServerFixture.root()).statusCode())
                .isEqualTo(404);
        assertThat(server.node.runRequests()).isEmpty();
    }

    @Test
    void runNowOnTheMinoritySideIs503WithRetryAfter() {
        server.node.setQuorum(new QuorumState(true, 2, 1));

        HttpResponse<String> response = server.post("/v1/events/test/nightly/run", "text/plain", "",
                ServerFixture.root());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(json(response).get("error").get("code").asInt()).isEqualTo(7907);
    }

    @Test
    void historyIsFilteredBySinceStatusAndLimitNewestFirst() {
        record(server, "test", "Nightly", 100, ExecutionStatus.SUCCESS);
        record(server, "test", "Nightly", 200, ExecutionStatus.FAILED);
        record(server, "test", "Nightly", 300, ExecutionStatus.SUCCESS);
        record(server, "other", "o", 400, ExecutionStatus.SUCCESS);

        JsonNode all = json(server.get("/v1/events/test/nightly/history", ServerFixture.root()));
        assertThat(all.findValuesAsText("started_at"))
                .containsExactly("2026-01-01 00:05:00", "2026-01-01 00:03:20", "2026-01-01 00:01:40");
        assertThat(all.get(0).fieldNames()).toIterable().containsExactly("schema_name", "event_name", "scheduled_at",
                "started_at", "finished_at", "status", "rows_affected", "warnings", "error_code", "sql_state",
                "error_message", "reason", "node", "attempt", "fencing_token");
        assertThat(json(server.get("/v1/events/test/nightly/history?status=success&limit=1", ServerFixture.root()))
                .findValuesAsText("started_at")).containsExactly("2026-01-01 00:05:00");
        assertThat(json(server.get("/v1/events/test/nightly/history?since=2026-01-01%2000:02:00",
                ServerFixture.root())).findValuesAsText("started_at"))
                .containsExactly("2026-01-01 00:05:00", "2026-01-01 00:03:20");
        assertThat(json(server.get("/v1/events/test/nightly/history?since=2026-01-01T00:04:00Z",
                ServerFixture.root())).size()).isEqualTo(1);
    }

    @Test
    void allHistoryShowsOnlySchemasTheCallerHoldsEventOn() {
        record(server, "test", "Nightly", 100, ExecutionStatus.SUCCESS);
        record(server, "other", "o", 200, ExecutionStatus.SUCCESS);

        assertThat(json(server.get("/v1/history", ServerFixture.root())).findValuesAsText("event_name"))
                .containsExactly("o", "Nightly");
        assertThat(json(server.get("/v1/history", APP)).findValuesAsText("event_name")).containsExactly("o");
        assertThat(server.get("/v1/events/test/nightly/history", APP).statusCode()).isEqualTo(403);
    }

    @Test
    void badHistoryParametersAre400() {
        for (String query : new String[] {"limit=0", "limit=x", "status=DONE", "since=yesterday"}) {
            HttpResponse<String> response = server.get("/v1/history?" + query, ServerFixture.root());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("error").get("code").asInt()).isEqualTo(7910);
        }
    }

    @Test
    void clusterListsMembersTheirEventsSchedulerAndSplitBrainProtection() {
        server.node.setQuorum(new QuorumState(true, 2, 2));

        assertThat(server.get("/v1/cluster", ServerFixture.root()).body()).isEqualTo("{\"node\":\"node-1\","
                + "\"scheduler\":\"ON\",\"split_brain_protection\":{\"enabled\":true,\"minimum_size\":2,"
                + "\"present_size\":2,\"quorum_present\":true},\"members\":["
                + "{\"name\":\"node-1\",\"address\":\"127.0.0.1:5701\",\"local\":true,\"leads\":[\"other.o\"]},"
                + "{\"name\":\"node-2\",\"address\":\"10.0.0.2:5701\",\"local\":false,\"leads\":[\"test.Nightly\"]}]}");
        assertThat(json(server.get("/v1/cluster", APP)).get("members").get(0).get("leads").toString())
                .isEqualTo("[\"other.o\"]");
        assertThat(json(server.get("/v1/cluster", APP)).get("members").get(1).get("leads")).isEmpty();
    }

    private static void record(ServerFixture server, String schema, String event, long offset,
                               ExecutionStatus status) {
        Instant started = Instant.ofEpochSecond(ServerFixture.START + offset);
        server.history.record(new ExecutionRecord(schema, event, ServerFixture.START + offset, started,
                started.plusSeconds(1), status, 0, 0, null, null, null, null, "node-1", 1, offset));
    }
}
