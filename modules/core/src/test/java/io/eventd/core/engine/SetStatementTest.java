package io.eventd.core.engine;

import static io.eventd.core.engine.EngineFixture.column;
import static io.eventd.core.engine.EngineFixture.num;
import static io.eventd.core.engine.EngineFixture.set;
import static io.eventd.core.engine.EngineFixture.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.SqlError;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.expr.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetStatementTest {
    private final EngineFixture f = new EngineFixture();

    private static Expr global(String name) {
        return new Expr.SystemVariable(Expr.Scope.GLOBAL, name);
    }

    private static Expr session(String name) {
        return new Expr.SystemVariable(null, name);
    }

    @Test
    void eventSchedulerAcceptsOnOffAndNumbers() {
        f.ok(set(global("event_scheduler"), column("OFF")));
        assertThat(f.scheduler.isOn()).isFalse();
        f.ok(set(global("event_scheduler"), num(1)));
        assertThat(f.scheduler.isOn()).isTrue();
        f.ok(set(global("event_scheduler"), str("off")));
        assertThat(f.scheduler.isOn()).isFalse();
    }

    @Test
    void eventSchedulerRejectsOtherValuesWith1231() {
        assertThat(f.error(set(global("event_scheduler"), column("DISABLED"))))
                .isEqualTo(new SqlError(1231, "42000", "Variable 'event_scheduler' can't be set to the value of 'DISABLED'"));
        assertThat(f.error(set(global("event_scheduler"), num(2))).message()).endsWith("value of '2'");
        assertThat(f.error(set(global("event_scheduler"), str("x"))).message()).endsWith("value of 'x'");
    }

    @Test
    void sessionEventSchedulerIs1229() {
        assertThat(f.error(set(session("event_scheduler"), column("ON")))).isEqualTo(new SqlError(1229, "HY000",
                "Variable 'event_scheduler' is a GLOBAL variable and should be set with SET GLOBAL"));
    }

    @Test
    void timeZoneIsValidatedAndStoredCanonically() {
        f.ok(set(session("time_zone"), str("+5:30")));
        assertThat(f.session.timeZone()).isEqualTo("+05:30");
        f.ok(set(session("time_zone"), str("Europe/Berlin")));
        assertThat(f.session.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(f.error(set(session("time_zone"), str("Mars/Olympus"))))
                .isEqualTo(new SqlError(1298, "HY000", "Unknown or incorrect time zone: 'Mars/Olympus'"));
        f.ok(set(session("time_zone"), column("DEFAULT")));
        assertThat(f.session.timeZone()).isEqualTo("SYSTEM");
    }

    @Test
    void timestampFixesNowAndDefaultReturnsToTheClock() {
        f.ok(set(session("TIMESTAMP"), num(EngineFixture.START + 100)));
        assertThat(f.session.now()).isEqualTo(EngineFixture.START + 100);
        assertThat(f.clock.now()).isEqualTo(EngineFixture.START + 100);
        f.ok(set(session("timestamp"), column("DEFAULT")));
        assertThat(f.session.now()).isEqualTo(f.clock.now());
    }

    @Test
    void userVariablesAndSqlMode() {
        f.ok(set(new Expr.UserVariable("A"), num(42)));
        assertThat(f.session.userVariable("a")).isEqualTo(new Value.Int(42));
        f.ok(set(session("sql_mode"), str("ansi_quotes")));
        assertThat(f.session.sqlMode()).isEqualTo("ANSI_QUOTES");
    }

    @Test
    void unknownVariableIs1193AndNothingIsApplied() {
        Statement.Set both = new Statement.Set(List.of(
                new Statement.Assignment(new Expr.UserVariable("v"), num(1)),
                new Statement.Assignment(session("no_such_var"), num(1))));
        assertThat(f.error(both)).isEqualTo(new SqlError(1193, "HY000", "Unknown system variable 'no_such_var'"));
        assertThat(f.session.userVariable("v").isNull()).isTrue();
    }

    @Test
    void showVariablesLikeEventScheduler() {
        StatementResult result = f.ok(new Statement.ShowVariables(null, "event_scheduler", null));
        assertThat(result.columns()).containsExactly("Variable_name", "Value");
        assertThat(result.rows()).containsExactly(List.of("event_scheduler", "ON"));
    }
}
