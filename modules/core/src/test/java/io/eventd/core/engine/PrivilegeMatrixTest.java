package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every event statement with and without EVENT on the schema (mysql-events.md 2.6), and the DEFINER cases (1.4):
 * own, foreign without admin (1227), unknown (Note 1449).
 */
class PrivilegeMatrixTest {
    private static final SqlError NO_EVENT_ON_TEST = new SqlError(1044, "42000",
            "Access denied for user 'app'@'%' to database 'test'");

    private final ServerFixture f = new ServerFixture();
    private Session app;
    private Session dev;
    private Session global;

    @BeforeEach
    void setUp() {
        f.ok(f.root, "CREATE EVENT test.e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        f.ok(f.root, "CREATE EVENT other.o ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        app = f.user("app", "EVENT ON other.*");
        dev = f.user("dev", "EVENT ON test.*");
        global = f.user("ops", "EVENT ON *.*");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE EVENT test.n ON SCHEDULE EVERY 1 HOUR DO SELECT 1",
        "ALTER EVENT test.e COMMENT 'x'",
        "ALTER EVENT other.o RENAME TO test.o2",
        "DROP EVENT test.e",
        "DROP EVENT IF EXISTS test.missing",
        "SHOW CREATE EVENT test.e",
        "SHOW EVENTS FROM test",
        "SHOW EVENTS"})
    void withoutEventOnTheSchemaEveryStatementIs1044(String sql) {
        app.setDatabase("test");
        assertThat(f.error(app, sql)).isEqualTo(NO_EVENT_ON_TEST);
        assertThat(f.catalog.list()).extracting(e -> e.schema() + "." + e.name()).containsExactly("other.o", "test.e");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE EVENT test.n ON SCHEDULE EVERY 1 HOUR DO SELECT 1",
        "ALTER EVENT test.e COMMENT 'x'",
        "SHOW CREATE EVENT test.e",
        "SHOW EVENTS FROM test",
        "DROP EVENT test.e"})
    void withEventOnTheSchemaOrGloballyEveryStatementRuns(String sql) {
        assertThat(f.run(dev, sql).ok()).isTrue();
        assertThat(f.run(global, sql.replace("test.e", "test.e2").replace("test.n", "test.n2")).error())
                .isNotEqualTo(NO_EVENT_ON_TEST).satisfiesAnyOf(
                        error -> assertThat(error).isNull(),
                        error -> assertThat(error.code()).isEqualTo(1539));
    }

    @Test
    void renameNeedsEventOnBothSchemas() {
        assertThat(f.error(dev, "ALTER EVENT test.e RENAME TO other.e")).isEqualTo(new SqlError(1044, "42000",
                "Access denied for user 'dev'@'%' to database 'other'"));
        f.ok(global, "ALTER EVENT test.e RENAME TO other.e");
        assertThat(f.catalog.list()).extracting(e -> e.schema() + "." + e.name()).containsExactly("other.e", "other.o");
    }

    @Test
    void anyHolderOfEventMayAlterOthersEventsAndBecomesTheDefiner() {
        f.ok(dev, "ALTER EVENT test.e COMMENT 'mine now'");
        assertThat(f.catalog.list(("test")).get(0).definer()).isEqualTo(new Account("dev", "%"));
    }

    @Test
    void informationSchemaShowsOnlyRowsOfSchemasWithEvent() {
        String sql = "SELECT EVENT_SCHEMA, EVENT_NAME FROM information_schema.EVENTS ORDER BY 1";
        assertThat(f.rows(app, sql)).containsExactly(List.of("other", "o"));
        assertThat(f.rows(dev, sql)).containsExactly(List.of("test", "e"));
        assertThat(f.rows(global, sql)).containsExactly(List.of("other", "o"), List.of("test", "e"));
        Session none = f.user("nobody");
        assertThat(f.rows(none, sql)).isEmpty();
    }

    @Test
    void definerCases() {
        f.ok(dev, "CREATE DEFINER = dev EVENT own ON SCHEDULE EVERY 1 DAY DO SELECT 1");
        f.ok(dev, "CREATE DEFINER = CURRENT_USER EVENT own2 ON SCHEDULE EVERY 1 DAY DO SELECT 1");
        assertThat(f.catalog.list("test")).filteredOn(e -> e.name().startsWith("own"))
                .extracting(e -> e.definer().plain()).containsOnly("dev@%");
        SqlError foreign = new SqlError(1227, "42000",
                "Access denied; you need (at least one of) the SUPER or SET_USER_ID privilege(s) for this operation");
        assertThat(f.error(dev, "CREATE DEFINER = 'root'@'%' EVENT x ON SCHEDULE EVERY 1 DAY DO SELECT 1"))
                .isEqualTo(foreign);
        assertThat(f.error(dev, "ALTER DEFINER = ops EVENT e COMMENT 'x'")).isEqualTo(foreign);
        assertThat(f.error(dev, "CREATE DEFINER = ghost EVENT x ON SCHEDULE EVERY 1 DAY DO SELECT 1"))
                .isEqualTo(foreign);
        assertThat(f.warnings(f.root, "CREATE DEFINER = ghost@localhost EVENT x ON SCHEDULE EVERY 1 DAY DO SELECT 1"))
                .containsExactly(new Diagnostic(Level.Note, 1449,
                        "The user specified as a definer ('ghost'@'localhost') does not exist"));
        assertThat(f.warnings(f.root, "CREATE DEFINER = dev EVENT y ON SCHEDULE EVERY 1 DAY DO SELECT 1")).isEmpty();
    }

    @Test
    void foreignDefinerIsCheckedBeforeTheEventPrivilege() {
        assertThat(f.error(app, "CREATE DEFINER = root EVENT test.x ON SCHEDULE EVERY 1 DAY DO SELECT 1").code())
                .isEqualTo(1227);
    }
}
