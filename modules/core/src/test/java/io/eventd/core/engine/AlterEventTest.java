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
import io.eventd.core.sql.expr.Expr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlterEventTest {
    private final EngineFixture f = new EngineFixture();

    @BeforeEach
    void createEvent() {
        f.ok(event("e").definer("ghost", "%").every(num(1), IntervalUnit.HOUR, str("2026-01-01 00:30:00"), null)
                .preserve().comment("keep me").body("SELECT 1").create());
    }

    @Test
    void keepsWhatItDoesNotNameButTheDefinerAndContextAreRefreshed() {
        EventDefinition before = f.stored("test", "e");
        f.setTime("2026-01-01 00:10:00");
        f.session.setSqlMode("ANSI_QUOTES");
        f.ok(EngineFixture.set(new Expr.SystemVariable(null, "time_zone"), str("+02:00")));

        StatementResult result = f.ok(event("e").comment("new").alter());

        EventDefinition after = f.stored("test", "e");
        assertThat(result.event()).isEqualTo("test.e");
        assertThat(after.comment()).isEqualTo("new");
        assertThat(after.definer()).isEqualTo(new Account("root", "localhost"));
        assertThat(after.schedule()).isEqualTo(before.schedule());
        assertThat(after.timeZone()).isEqualTo("SYSTEM");
        assertThat(after.sqlMode()).isEqualTo(Session.DEFAULT_SQL_MODE);
        assertThat(after.body()).isEqualTo("SELECT 1");
        assertThat(after.onCompletion()).isEqualTo(OnCompletion.PRESERVE);
        assertThat(after.status()).isEqualTo(EventStatus.ENABLED);
        assertThat(after.created()).isEqualTo(EngineFixture.START);
        assertThat(after.lastAltered()).isEqualTo(EngineFixture.epoch("2026-01-01 00:10:00"));
    }

    @Test
    void doRefreshesTheSqlModeAndOnScheduleTheZone() {
        f.session.setSqlMode("ANSI_QUOTES");
        f.ok(EngineFixture.set(new Expr.SystemVariable(null, "time_zone"), str("+02:00")));
        f.ok(event("e").body("SELECT 2").alter());
        assertThat(f.stored("test", "e").sqlMode()).isEqualTo("ANSI_QUOTES");
        assertThat(f.stored("test", "e").timeZone()).isEqualTo("SYSTEM");
        f.ok(event("e").every(2, IntervalUnit.HOUR).alter());
        assertThat(f.stored("test", "e").timeZone()).isEqualTo("+02:00");
    }

    @Test
    void everyWithoutStartsReanchorsAtNowAndFiresImmediately() {
        f.setTime("2026-01-01 00:10:00");
        StatementResult result = f.ok(event("e").every(1, IntervalUnit.HOUR).alter());
        Schedule.Recurring schedule = (Schedule.Recurring) f.stored("test", "e").schedule();
        assertThat(schedule.starts()).isEqualTo(EngineFixture.epoch("2026-01-01 00:10:00"));
        assertThat(result.fires()).first().isEqualTo("2026-01-01 00:10:00");
    }

    @Test
    void atClearsTheRecurringSchedule() {
        f.ok(event("e").at(str("2026-03-01 00:00:00")).alter());
        assertThat(f.stored("test", "e").schedule())
                .isEqualTo(new Schedule.OneTime(EngineFixture.epoch("2026-03-01 00:00:00")));
    }

    @Test
    void explicitNotPreserveWithAPastTimeIs1589BeforeThePrivilegeCheck() {
        f.session.setUser(EngineFixture.OTHER);
        SqlError error = f.error(event("e").at(str("2020-01-01 00:00:00")).notPreserve().alter());
        assertThat(error).isEqualTo(new SqlError(1589, "HY000", "Event execution time is in the past and ON "
                + "COMPLETION NOT PRESERVE is set. The event was not changed. Specify a time in the future."));
    }

    @Test
    void storedNotPreserveWithAPastTimeIs1589AfterTheExistenceCheck() {
        f.ok(event("np").every(1, IntervalUnit.DAY).create());
        assertThat(f.error(event("np").at(str("2020-01-01 00:00:00")).alter()).code()).isEqualTo(1589);
        assertThat(f.stored("test", "np").schedule()).isInstanceOf(Schedule.Recurring.class);
        assertThat(f.error(event("missing").at(str("2020-01-01 00:00:00")).alter()))
                .isEqualTo(new SqlError(1539, "HY000", "Unknown event 'missing'"));
    }

    @Test
    void storedPreserveWithAPastTimeDisablesWithNote1544() {
        StatementResult result = f.ok(event("e").at(str("2020-01-01 00:00:00")).alter());
        assertThat(result.warnings()).containsExactly(
                new Diagnostic(Level.Note, 1544, "Event execution time is in the past. Event has been disabled"));
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.DISABLED);
        assertThat(result.fires()).isEmpty();
    }

    @Test
    void statusChangesOnlyWhenWritten() {
        f.ok(event("e").status(StatusClause.DISABLE).alter());
        f.ok(event("e").comment("x").alter());
        assertThat(f.stored("test", "e").status()).isEqualTo(EventStatus.DISABLED);
    }

    @Test
    void renameMovesTheEventAcrossSchemasWithTheTypedSpelling() {
        StatementResult result = f.ok(event("E").renameTo("other", "Moved").alter());
        assertThat(result.event()).isEqualTo("other.Moved");
        assertThat(f.exists("test", "e")).isFalse();
        assertThat(f.stored("other", "moved").name()).isEqualTo("Moved");
        assertThat(f.stored("other", "moved").comment()).isEqualTo("keep me");
    }

    @Test
    void renameToTheSameNameIs1551IncludingCaseAndAccentVariants() {
        SqlError error = f.error(event("e").renameTo("TEST", "É").alter());
        assertThat(error).isEqualTo(new SqlError(1551, "HY000", "Same old and new event name"));
    }

    @Test
    void renameTargetExistsIs1537BeforeTheSourceIsMissing() {
        f.ok(event("taken").every(1, IntervalUnit.DAY).create());
        assertThat(f.error(event("nothere").renameTo(null, "TAKEN").alter()))
                .isEqualTo(new SqlError(1537, "HY000", "Event 'TAKEN' already exists"));
        assertThat(f.error(event("nothere").renameTo("nodb", "x").alter()))
                .isEqualTo(new SqlError(1049, "42000", "Unknown database 'nodb'"));
        assertThat(f.error(event("nothere").renameTo(null, "x").alter()).code()).isEqualTo(1539);
    }

    @Test
    void renameNeedsTheEventPrivilegeOnTheTarget() {
        f.session.setUser(EngineFixture.OTHER);
        f.session.setDatabase("other");
        f.ok(event("mine").every(1, IntervalUnit.DAY).create());
        assertThat(f.error(event("mine").renameTo("test", "x").alter()))
                .isEqualTo(new SqlError(1044, "42000", "Access denied for user 'app'@'localhost' to database 'test'"));
    }

    @Test
    void renameWithoutDatabaseIs1046() {
        f.session.setDatabase(null);
        assertThat(f.error(event("test", "e").renameTo(null, "x").alter()).code()).isEqualTo(1046);
    }
}
