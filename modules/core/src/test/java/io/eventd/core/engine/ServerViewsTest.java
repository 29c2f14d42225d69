package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import io.eventd.core.history.ExecutionHistoryContract;
import io.eventd.core.history.ExecutionStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SHOW PROCESSLIST, SHOW STATUS and queries over eventd.history. */
class ServerViewsTest {
    private final ServerFixture f = new ServerFixture();

    @Test
    void processlistShowsRunningEventsAsMysqlShowsEventWorkers() {
        String body = "INSERT INTO t VALUES ('" + "x".repeat(120) + "')";
        f.ok(f.root, "CREATE DEFINER = app EVENT e ON SCHEDULE EVERY 1 HOUR DO " + body);
        f.running.started("node-2", "test", "E", new Account("app", "%"), Instant.ofEpochSecond(EngineFixture.START - 7),
                EngineFixture.START - 7);
        StatementResult full = f.ok(f.root, "SHOW FULL PROCESSLIST");
        assertThat(full.columns()).containsExactly("Id", "User", "Host", "db", "Command", "Time", "State", "Info");
        assertThat(full.rows()).containsExactly(
                Arrays.asList(1L, "app", "node-2", "test", "Connect", 7L, "executing event", body));
        assertThat(f.rows(f.root, "SHOW PROCESSLIST").get(0).get(7)).isEqualTo(body.substring(0, 100));
    }

    @Test
    void withoutAdminAUserSeesOnlyTheirOwnRuns() {
        f.running.started("n1", "test", "a", new Account("app", "%"), Instant.ofEpochSecond(EngineFixture.START), 0);
        f.running.started("n1", "test", "b", new Account("root", "%"), Instant.ofEpochSecond(EngineFixture.START), 0);
        Session app = f.user("app");
        assertThat(f.rows(app, "SHOW PROCESSLIST")).extracting(row -> row.get(1)).containsExactly("app");
        assertThat(f.rows(f.root, "SHOW PROCESSLIST")).hasSize(2);
        assertThat(f.rows(f.root, "SHOW PROCESSLIST").get(0).get(7)).isNull();
    }

    @Test
    void statusCountsEventStatementsFailedOnesToo() {
        f.ok(f.root, "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        f.error(f.root, "CREATE EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        f.ok(f.root, "ALTER EVENT e DISABLE");
        f.ok(f.root, "SHOW EVENTS");
        f.ok(f.root, "SHOW CREATE EVENT e");
        f.error(f.root, "DROP EVENT nope");
        f.error(f.root, "CREATE EVENT broken ON SCHEDULE");
        assertThat(f.rows(f.root, "SHOW GLOBAL STATUS LIKE 'Com%event%'")).containsExactly(
                List.of("Com_alter_event", "1"), List.of("Com_create_event", "2"), List.of("Com_drop_event", "1"),
                List.of("Com_show_create_event", "1"), List.of("Com_show_events", "1"));
        StatementResult where = f.ok(f.root, "SHOW STATUS WHERE Variable_name = 'Com_create_event' OR Value = 1");
        assertThat(where.columns()).containsExactly("Variable_name", "Value");
        assertThat(where.rows()).extracting(row -> row.get(0)).containsExactly("Com_alter_event", "Com_create_event",
                "Com_drop_event", "Com_show_create_event", "Com_show_events");
        assertThat(f.rows(f.root, "SHOW SESSION STATUS LIKE 'Com_drop%'")).containsExactly(
                List.of("Com_drop_event", "1"));
    }

    @Test
    void historyQueriesWithWhereOrderAndLimit() {
        recordRuns();
        StatementResult all = f.ok(f.root, "SELECT * FROM eventd.history");
        assertThat(all.columns()).containsExactly("schema_name", "event_name", "scheduled_at", "started_at",
                "finished_at", "status", "rows_affected", "warnings", "error_code", "sql_state", "error_message",
                "reason", "node", "attempt", "fencing_token");
        assertThat(all.rows()).extracting(row -> row.get(2)).containsExactly("2026-01-01 00:00:40",
                "2026-01-01 00:00:30", "2026-01-01 00:00:20", "2026-01-01 00:00:10");
        assertThat(all.rows().get(1)).containsExactly("test", "e1", "2026-01-01 00:00:30",
                "2026-01-01 00:00:30.25", "2026-01-01 00:00:31", "FAILED", 0L, 0L, 1146L, "42S02",
                "Table 'test.t' doesn't exist", null, "node-1", 1L, EngineFixture.START + 30);
        assertThat(f.rows(f.root, "SELECT event_name, scheduled_at FROM eventd.history WHERE status = 'FAILED' "
                + "ORDER BY scheduled_at LIMIT 1")).containsExactly(List.of("e2", "2026-01-01 00:00:20"));
        assertThat(f.rows(f.root, "SELECT event_name FROM eventd.history WHERE started_at >= '2026-01-01 00:00:30' "
                + "AND schema_name = 'test' ORDER BY event_name, 1 DESC LIMIT 1, 5")).isEmpty();
    }

    @Test
    void historyRowsNeedEventOnTheirSchema() {
        recordRuns();
        Session dev = f.user("dev", "EVENT ON test.*");
        assertThat(f.rows(dev, "SELECT schema_name, event_name FROM eventd.history ORDER BY scheduled_at"))
                .extracting(row -> row.get(0)).containsOnly("test").hasSize(3);
        Session nobody = f.user("nobody");
        assertThat(f.rows(nobody, "SELECT * FROM eventd.history")).isEmpty();
    }

    @Test
    void historyErrors() {
        recordRuns();
        assertThat(f.error(f.root, "SELECT nope FROM eventd.history")).isEqualTo(new SqlError(1054, "42S22",
                "Unknown column 'nope' in 'field list'"));
        f.ok(f.root, "CREATE DATABASE eventd");
        f.ok(f.root, "USE eventd");
        assertThat(f.rows(f.root, "SELECT event_name FROM history LIMIT 1")).containsExactly(List.of("o"));
        assertThat(f.error(f.root, "SELECT * FROM eventd.runs").code()).isEqualTo(7902);
    }

    private void recordRuns() {
        long start = EngineFixture.START;
        f.history.record(ExecutionHistoryContract.run("test", "e1", start + 10, ExecutionStatus.SUCCESS));
        f.history.record(ExecutionHistoryContract.run("test", "e2", start + 20, ExecutionStatus.FAILED));
        f.history.record(ExecutionHistoryContract.run("test", "e1", start + 30, ExecutionStatus.FAILED));
        f.history.record(ExecutionHistoryContract.run("other", "o", start + 40, ExecutionStatus.SKIPPED));
    }
}
