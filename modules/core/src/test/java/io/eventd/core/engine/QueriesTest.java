package io.eventd.core.engine;

import static io.eventd.core.engine.EngineFixture.column;
import static io.eventd.core.engine.EngineFixture.event;
import static io.eventd.core.engine.EngineFixture.num;
import static io.eventd.core.engine.EngineFixture.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.SqlError;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.expr.Expr;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueriesTest {
    private final EngineFixture f = new EngineFixture();

    @BeforeEach
    void events() {
        f.ok(event("b_every").every(num(5), IntervalUnit.MINUTE, str("2026-01-01 00:00:00"), str("2026-02-01 00:00:00"))
                .comment("it's").create());
        f.ok(event("A_once").at(str("2026-01-02 00:00:00")).preserve().create());
        f.ok(event("other", "x").every(1, IntervalUnit.DAY).create());
    }

    @Test
    void showEventsListsTheCurrentSchemaOrderedByName() {
        StatementResult result = f.ok(new Statement.ShowEvents(null, null, null));
        assertThat(result.columns()).containsExactly("Db", "Name", "Definer", "Time zone", "Type", "Execute at",
                "Interval value", "Interval field", "Starts", "Ends", "Status", "Originator", "character_set_client",
                "collation_connection", "Database Collation");
        assertThat(result.rows()).containsExactly(
                Arrays.asList("test", "A_once", "root@localhost", "SYSTEM", "ONE TIME", "2026-01-02 00:00:00", null, null,
                        null, null, "ENABLED", 1L, "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci"),
                Arrays.asList("test", "b_every", "root@localhost", "SYSTEM", "RECURRING", null, "5", "MINUTE",
                        "2026-01-01 00:00:00", "2026-02-01 00:00:00", "ENABLED", 1L, "utf8mb4", "utf8mb4_0900_ai_ci",
                        "utf8mb4_0900_ai_ci"));
    }

    @Test
    void showEventsLikeIsCaseInsensitiveOnNameAndWhereUsesColumnLabels() {
        assertThat(f.ok(new Statement.ShowEvents("test", "a%", null)).rows()).extracting(row -> row.get(1))
                .containsExactly("A_once");
        Expr where = new Expr.Binary(Expr.BinaryOp.EQ, column("Type"), str("RECURRING"));
        assertThat(f.ok(new Statement.ShowEvents("test", null, where)).rows()).extracting(row -> row.get(1))
                .containsExactly("b_every");
    }

    @Test
    void showEventsErrors() {
        assertThat(f.error(new Statement.ShowEvents("", null, null)))
                .isEqualTo(new SqlError(1102, "42000", "Incorrect database name ''"));
        f.session.setDatabase(null);
        assertThat(f.error(new Statement.ShowEvents(null, null, null)).code()).isEqualTo(1046);
        assertThat(f.error(new Statement.ShowEvents("nodb", null, null)).code()).isEqualTo(1049);
    }

    @Test
    void showCreateEventReturnsSevenColumnsAndTheCanonicalStatement() {
        StatementResult result = f.ok(EngineFixture.showCreate("B_EVERY"));
        assertThat(result.columns()).containsExactly("Event", "sql_mode", "time_zone", "Create Event",
                "character_set_client", "collation_connection", "Database Collation");
        assertThat(result.rows()).containsExactly(List.of("b_every", Session.DEFAULT_SQL_MODE, "SYSTEM",
                "CREATE DEFINER=`root`@`localhost` EVENT `b_every` ON SCHEDULE EVERY 5 MINUTE STARTS "
                        + "'2026-01-01 00:00:00' ENDS '2026-02-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE "
                        + "COMMENT 'it''s' DO SELECT 1",
                "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci"));
        assertThat(f.error(EngineFixture.showCreate("nope")))
                .isEqualTo(new SqlError(1539, "HY000", "Unknown event 'nope'"));
    }

    @Test
    void selectStarReturnsAll24ColumnsOfVisibleEvents() {
        StatementResult result = f.ok(EngineFixture.selectEvents(List.of(EngineFixture.star()), null));
        assertThat(result.columns()).hasSize(24).startsWith("EVENT_CATALOG", "EVENT_SCHEMA", "EVENT_NAME")
                .endsWith("CHARACTER_SET_CLIENT", "COLLATION_CONNECTION", "DATABASE_COLLATION");
        assertThat(result.rows()).hasSize(3);
        f.session.setUser(EngineFixture.OTHER);
        assertThat(f.ok(EngineFixture.selectEvents(List.of(EngineFixture.star()), null)).rows())
                .extracting(row -> row.get(2)).containsExactly("x");
    }

    @Test
    void selectWithExpressionsWhereOrderAndLimit() {
        Statement.Select select = new Statement.Select(
                List.of(EngineFixture.item(column("event_name"), "event_name"),
                        new Statement.SelectItem(column("INTERVAL_VALUE"), "iv", false, "INTERVAL_VALUE iv")),
                new QualifiedName("INFORMATION_SCHEMA", "events"),
                new Expr.Binary(Expr.BinaryOp.EQ, column("EVENT_SCHEMA"), str("test")),
                List.of(new Statement.OrderItem(column("EVENT_NAME"), true)), 1L, 1L);
        StatementResult result = f.ok(select);
        assertThat(result.columns()).containsExactly("EVENT_NAME", "iv");
        assertThat(result.rows()).containsExactly(Arrays.asList("A_once", null));
    }

    @Test
    void otherTablesAreRefused() {
        Statement.Select select = new Statement.Select(List.of(EngineFixture.star()),
                new QualifiedName("information_schema", "TABLES"), null, List.of(), null, null);
        assertThat(f.error(select)).isEqualTo(new SqlError(1109, "42S02", "Unknown table 'TABLES' in information_schema"));
        Statement.Select other = new Statement.Select(List.of(EngineFixture.star()),
                new QualifiedName("test", "t"), null, List.of(), null, null);
        assertThat(f.error(other).code()).isEqualTo(7903);
    }

    @Test
    void createdAndLastAlteredAreShownInTheSessionZoneOtherTimesInTheEventZone() {
        f.ok(EngineFixture.set(new Expr.SystemVariable(null, "time_zone"), str("+01:00")));
        Statement.Select select = EngineFixture.selectEvents(List.of(
                EngineFixture.item(column("EXECUTE_AT"), "EXECUTE_AT"), EngineFixture.item(column("CREATED"), "CREATED")),
                new Expr.Binary(Expr.BinaryOp.EQ, column("EVENT_NAME"), str("A_once")));
        assertThat(f.ok(select).rows()).containsExactly(List.of("2026-01-02 00:00:00", "2026-01-01 01:00:00"));
    }

    @Test
    void selectWithoutFromReadsTheSchedulerVariable() {
        Statement.Select select = new Statement.Select(List.of(
                EngineFixture.item(new Expr.SystemVariable(null, "event_scheduler"), "@@event_scheduler"),
                new Statement.SelectItem(new Expr.SystemVariable(Expr.Scope.GLOBAL, "event_scheduler"), "g", false,
                        "@@global.event_scheduler AS g")), null, null, List.of(), null, null);
        StatementResult result = f.ok(select);
        assertThat(result.columns()).containsExactly("@@event_scheduler", "g");
        assertThat(result.rows()).containsExactly(List.of("ON", "ON"));
        Statement.Select session = new Statement.Select(List.of(EngineFixture.item(
                new Expr.SystemVariable(Expr.Scope.SESSION, "event_scheduler"), "@@session.event_scheduler")),
                null, null, List.of(), null, null);
        assertThat(f.error(session)).isEqualTo(new SqlError(1238, "HY000", "Variable 'event_scheduler' is a GLOBAL variable"));
    }
}
