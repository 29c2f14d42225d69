package io.eventd.core.engine;

import static io.eventd.core.engine.EngineFixture.event;
import static io.eventd.core.engine.EngineFixture.num;
import static io.eventd.core.engine.EngineFixture.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import io.eventd.core.sql.ast.StatusClause;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.expr.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateEventTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void storesTheEventWithTheSessionContextAndReportsItsFirings() {
        f.session.setServerId(7);
        StatementResult result = f.ok(event("e1").every(10, IntervalUnit.SECOND).body("  INSERT INTO t VALUES (1)").create());

        assertThat(result.event()).isEqualTo("test.e1");
        assertThat(result.fires()).containsExactly("2026-01-01 00:00:00", "2026-01-01 00:00:10", "2026-01-01 00:00:20");
        assertThat(result.warnings()).isEmpty();
        EventDefinition e = f.stored("test", "e1");
        assertThat(e.definer()).isEqualTo(new Account("root", "localhost"));
        assertThat(e.timeZone()).isEqualTo("SYSTEM");
        assertThat(e.body()).isEqualTo("INSERT INTO t VALUES (1)");
        assertThat(e.sqlMode()).isEqualTo(Session.DEFAULT_SQL_MODE);
        assertThat(e.schedule()).isEqualTo(new Schedule.Recurring(
                new io.eventd.core.schedule.Interval(IntervalUnit.SECOND, 10), EngineFixture.START, null));
        assertThat(e.onCompletion()).isEqualTo(OnCompletion.NOT_PRESERVE);
        assertThat(e.status()).isEqualTo(EventStatus.ENABLED);
        assertThat(e.comment()).isEmpty();
        assertThat(e.created()).isEqualTo(EngineFixture.START);
        assertThat(e.lastAltered()).isEqualTo(EngineFixture.START);
        assertThat(e.lastExecuted()).isNull();
        assertThat(e.originator()).isEqualTo(7);
        assertThat(e.characterSetClient()).isEqualTo("utf8mb4");
        assertThat(e.collationConnection()).isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(e.databaseCollation()).isEqualTo("utf8mb4_0900_ai_ci");
    }

    @Test
    void disabledEventReportsNoFirings() {
        StatementResult result = f.ok(event("e").every(1, IntervalUnit.HOUR).status(StatusClause.DISABLE).create());
        assertThat(result.fires()).isEmpty();
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.DISABLED);
    }

    @Test
    void duplicateNameIsCaseAndAccentInsensitiveAndEchoesTheTypedName() {
        f.ok(event("cafe").every(1, IntervalUnit.DAY).create());
        SqlError error = f.error(event("CAFÉ").every(1, IntervalUnit.DAY).create());
        assertThat(error).isEqualTo(new SqlError(1537, "HY000", "Event 'CAFÉ' already exists"));
        assertThat(f.stored("test", "café").name()).isEqualTo("cafe");
    }

    @Test
    void ifNotExistsGivesNote1537AndKeepsTheStoredEvent() {
        f.ok(event("e").every(1, IntervalUnit.DAY).comment("first").create());
        StatementResult result = f.ok(event("e").ifNotExists().every(2, IntervalUnit.DAY).comment("second").create());
        assertThat(result.warnings()).containsExactly(new Diagnostic(Level.Note, 1537, "Event 'e' already exists"));
        assertThat(f.stored("test", "e").comment()).isEqualTo("first");
    }

    @Test
    void atInThePastWithNotPreserveIsNote1588AndNothingStored() {
        StatementResult result = f.ok(event("e").at(str("2025-12-31 23:59:59")).create());
        assertThat(result.warnings()).containsExactly(new Diagnostic(Level.Note, 1588, "Event execution time is in the "
                + "past and ON COMPLETION NOT PRESERVE is set. The event was dropped immediately after creation."));
        assertThat(result.fires()).isEmpty();
        assertThat(f.exists("test", "e")).isFalse();
    }

    @Test
    void note1588EvenWhenTheNameExistsAndEvenWithDisable() {
        f.ok(event("e").every(1, IntervalUnit.DAY).create());
        StatementResult result = f.ok(event("e").at(str("2025-01-01 00:00:00")).status(StatusClause.DISABLE).create());
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly(1588);
        assertThat(f.stored("test", "e").schedule()).isInstanceOf(Schedule.Recurring.class);
    }

    @Test
    void atEqualToNowIsNotPast() {
        StatementResult result = f.ok(event("e").at(EngineFixture.now()).create());
        assertThat(result.warnings()).isEmpty();
        assertThat(result.fires()).containsExactly("2026-01-01 00:00:00");
    }

    @Test
    void pastWithPreserveAndEnableIsNote1544AndStoredDisabled() {
        StatementResult result = f.ok(event("e").at(str("2025-06-01 00:00:00")).preserve().create());
        assertThat(result.warnings()).containsExactly(
                new Diagnostic(Level.Note, 1544, "Event execution time is in the past. Event has been disabled"));
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.DISABLED);
        assertThat(result.fires()).isEmpty();
    }

    @Test
    void pastWithPreserveAndDisableIsSilent() {
        StatementResult result = f.ok(event("e").at(str("2025-06-01 00:00:00")).preserve()
                .status(StatusClause.DISABLE_ON_SLAVE).create());
        assertThat(result.warnings()).isEmpty();
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.SLAVESIDE_DISABLED);
    }

    @Test
    void endsInThePastAppliesThePastRuleButStartsInThePastDoesNot() {
        StatementResult startsPast = f.ok(event("s").every(num(1), IntervalUnit.HOUR, str("2020-01-01 00:00:00"), null).create());
        assertThat(startsPast.warnings()).isEmpty();
        StatementResult endsPast = f.ok(event("e").every(num(1), IntervalUnit.HOUR, str("2020-01-01 00:00:00"),
                str("2021-01-01 00:00:00")).create());
        assertThat(endsPast.warnings()).extracting(Diagnostic::code).containsExactly(1588);
        assertThat(f.exists("test", "e")).isFalse();
    }

    @Test
    void endsNotAfterStartsIs1543() {
        SqlError equal = f.error(event("e").every(num(1), IntervalUnit.HOUR, str("2026-02-01 00:00:00"),
                str("2026-02-01 00:00:00")).create());
        assertThat(equal).isEqualTo(new SqlError(1543, "HY000", "ENDS is either invalid or before STARTS"));
        assertThat(f.error(event("e").every(num(1), IntervalUnit.HOUR, null, str("garbage")).create()).code())
                .isEqualTo(1543);
    }

    @Test
    void intervalErrorsComeBeforeStartsErrors() {
        SqlError error = f.error(event("e").every(num(0), IntervalUnit.SECOND, str("garbage"), null).create());
        assertThat(error).isEqualTo(new SqlError(1542, "HY000", "INTERVAL is either not positive or too big"));
    }

    @Test
    void badStartsIs1525() {
        SqlError error = f.error(event("e").every(num(1), IntervalUnit.SECOND, str("garbage"), null).create());
        assertThat(error).isEqualTo(new SqlError(1525, "HY000", "Incorrect STARTS value: 'garbage'"));
    }

    @Test
    void valueErrorsComeBeforeTheMissingSchema() {
        SqlError error = f.error(event("nodb", "e").at(str("nonsense")).create());
        assertThat(error).isEqualTo(new SqlError(1525, "HY000", "Incorrect AT value: 'nonsense'"));
        assertThat(f.error(event("nodb", "e").every(1, IntervalUnit.DAY).create()))
                .isEqualTo(new SqlError(1049, "42000", "Unknown database 'nodb'"));
    }

    @Test
    void note1588ComesBeforeTheMissingSchema() {
        StatementResult result = f.ok(event("nodb", "e").at(str("2020-01-01 00:00:00")).create());
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly(1588);
    }

    @Test
    void unqualifiedNameWithoutDatabaseIs1046() {
        f.session.setDatabase(null);
        assertThat(f.error(event("e").every(1, IntervalUnit.DAY).create()))
                .isEqualTo(new SqlError(1046, "3D000", "No database selected"));
    }

    @Test
    void eventPrivilegeIs1044AfterTheValueChecks() {
        f.session.setUser(EngineFixture.OTHER);
        assertThat(f.error(event("e").every(1, IntervalUnit.DAY).create()))
                .isEqualTo(new SqlError(1044, "42000", "Access denied for user 'app'@'localhost' to database 'test'"));
        assertThat(f.error(event("e").every(0, IntervalUnit.DAY).create()).code()).isEqualTo(1542);
        assertThat(f.ok(event("other", "e").every(1, IntervalUnit.DAY).create()).event()).isEqualTo("other.e");
    }

    @Test
    void foreignDefinerNeedsAnAdminAndComesBeforeValueChecks() {
        f.session.setUser(EngineFixture.OTHER);
        assertThat(f.error(event("other", "e").definer("root", "localhost").every(0, IntervalUnit.DAY).create()))
                .isEqualTo(new SqlError(1227, "42000", "Access denied; you need (at least one of) the SUPER or "
                        + "SET_USER_ID privilege(s) for this operation"));
    }

    @Test
    void unknownDefinerIsNote1449() {
        StatementResult result = f.ok(event("e").definer("ghost", "%").every(1, IntervalUnit.DAY).create());
        assertThat(result.warnings()).containsExactly(new Diagnostic(Level.Note, 1449,
                "The user specified as a definer ('ghost'@'%') does not exist"));
        assertThat(f.stored("test", "e").definer()).isEqualTo(new Account("ghost", "%"));
    }

    @Test
    void subqueryInTheScheduleIsCheckedFirst() {
        f.session.setUser(EngineFixture.OTHER);
        Expr subquery = new Expr.Subquery("SELECT a FROM t", true, null);
        SqlError error = f.error(event("e").definer("root", "localhost").at(subquery).create());
        assertThat(error.code()).isEqualTo(1235);
        assertThat(error.message()).isEqualTo("This version of MySQL doesn't yet support "
                + "'Usage of subqueries or stored function calls as part of this statement'");
    }

    @Test
    void failedStatementChangesNothingAndShowWarningsListsNotesThenTheError() {
        f.ok(event("e").every(1, IntervalUnit.DAY).create());
        StatementResult failed = f.run(event("e").definer("ghost", "%").every(1, IntervalUnit.DAY).create());
        assertThat(failed.ok()).isFalse();
        StatementResult warnings = f.ok(new Statement.ShowWarnings(null));
        assertThat(warnings.columns()).containsExactly("Level", "Code", "Message");
        assertThat(warnings.rows()).containsExactly(
                List.of("Note", 1449L, "The user specified as a definer ('ghost'@'%') does not exist"),
                List.of("Error", 1537L, "Event 'e' already exists"));
        assertThat(f.stored("test", "e").definer().user()).isEqualTo("root");
    }

    @Test
    void timesAreReadInTheSessionZoneAndTheZoneNameIsStored() {
        f.ok(EngineFixture.set(new Expr.SystemVariable(null, "time_zone"), str("+5:00")));
        StatementResult result = f.ok(event("e").at(str("2026-01-01 10:00:00")).create());
        assertThat(result.fires()).containsExactly("2026-01-01 05:00:00");
        assertThat(f.stored("test", "e").timeZone()).isEqualTo("+05:00");
    }
}
