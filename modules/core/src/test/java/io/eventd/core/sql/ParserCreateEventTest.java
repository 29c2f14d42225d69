package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.DefinerClause;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.ast.Statement.CreateEvent;
import io.eventd.core.sql.ast.StatusClause;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParserCreateEventTest {
    private static final Expr ONE = new Expr.NumberLiteral("1");

    @Test
    void minimalCreate() {
        CreateEvent c = parse("CREATE EVENT e ON SCHEDULE AT '2030-01-01 00:00:00' DO SELECT 1");
        assertThat(c).isEqualTo(new CreateEvent(null, false, new QualifiedName(null, "e"),
                new ScheduleClause.At(new Expr.StringLiteral("2030-01-01 00:00:00")), null, null, null, "SELECT 1"));
    }

    @Test
    void ifNotExistsAndQualifiedName() {
        CreateEvent c = parse("create event if not exists `my db`.`ev 1` on schedule every 1 day do select 1");
        assertThat(c.ifNotExists()).isTrue();
        assertThat(c.name()).isEqualTo(new QualifiedName("my db", "ev 1"));
    }

    @Test
    void definerForms() {
        assertThat(definer("DEFINER = root")).isEqualTo(new DefinerClause("root", "%"));
        assertThat(definer("DEFINER='root'@'localhost'")).isEqualTo(new DefinerClause("root", "localhost"));
        assertThat(definer("DEFINER=`u`@`h`")).isEqualTo(new DefinerClause("u", "h"));
        assertThat(definer("DEFINER=u@localhost")).isEqualTo(new DefinerClause("u", "localhost"));
        assertThat(definer("DEFINER = 'app'")).isEqualTo(new DefinerClause("app", "%"));
        assertThat(definer("DEFINER=CURRENT_USER")).isEqualTo(DefinerClause.CURRENT_USER);
        assertThat(definer("DEFINER = CURRENT_USER()")).isEqualTo(DefinerClause.CURRENT_USER);
    }

    private static DefinerClause definer(String clause) {
        CreateEvent c = parse("CREATE " + clause + " EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        return c.definer();
    }

    @Test
    void atTakesAnyExpression() {
        CreateEvent c = parse("CREATE EVENT e ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 DAY + INTERVAL 2 HOUR "
                + "DO SELECT 1");
        Expr now = new Expr.FunctionCall("CURRENT_TIMESTAMP", List.of());
        Expr day = new Expr.Binary(BinaryOp.PLUS, now, new Expr.IntervalValue(ONE, IntervalUnit.DAY));
        assertThat(((ScheduleClause.At) c.schedule()).at()).isEqualTo(new Expr.Binary(BinaryOp.PLUS, day,
                new Expr.IntervalValue(new Expr.NumberLiteral("2"), IntervalUnit.HOUR)));
    }

    @Test
    void everyWithStartsAndEnds() {
        CreateEvent c = parse("CREATE EVENT e ON SCHEDULE EVERY 50 + 10 MINUTE STARTS '2030-01-01' "
                + "ENDS DATE_ADD(NOW(), INTERVAL 1 MONTH) DO SELECT 1");
        ScheduleClause.Every every = (ScheduleClause.Every) c.schedule();
        assertThat(every.value()).isEqualTo(new Expr.Binary(BinaryOp.PLUS, new Expr.NumberLiteral("50"),
                new Expr.NumberLiteral("10")));
        assertThat(every.unit()).isEqualTo(IntervalUnit.MINUTE);
        assertThat(every.starts()).isEqualTo(new Expr.StringLiteral("2030-01-01"));
        assertThat(every.ends()).isEqualTo(new Expr.FunctionCall("DATE_ADD", List.of(
                new Expr.FunctionCall("NOW", List.of()), new Expr.IntervalValue(ONE, IntervalUnit.MONTH))));
    }

    @Test
    void everyWithoutStartsLeavesItNull() {
        ScheduleClause.Every every = (ScheduleClause.Every) ((CreateEvent) parse(
                "CREATE EVENT e ON SCHEDULE EVERY @a SECOND DO SELECT 1")).schedule();
        assertThat(every.value()).isEqualTo(new Expr.UserVariable("a"));
        assertThat(every.starts()).isNull();
        assertThat(every.ends()).isNull();
    }

    @ParameterizedTest
    @EnumSource(IntervalUnit.class)
    void everyUnitParses(IntervalUnit unit) {
        CreateEvent c = parse("CREATE EVENT e ON SCHEDULE EVERY '1' " + unit.name().toLowerCase() + " DO SELECT 1");
        assertThat(((ScheduleClause.Every) c.schedule()).unit()).isEqualTo(unit);
    }

    @Test
    void onCompletion() {
        assertThat(((CreateEvent) parse("CREATE EVENT e ON SCHEDULE EVERY 1 DAY ON COMPLETION PRESERVE DO SELECT 1"))
                .onCompletion()).isEqualTo(OnCompletion.PRESERVE);
        assertThat(((CreateEvent) parse("CREATE EVENT e ON SCHEDULE EVERY 1 DAY ON COMPLETION NOT PRESERVE DO SELECT 1"))
                .onCompletion()).isEqualTo(OnCompletion.NOT_PRESERVE);
    }

    @Test
    void statusClauses() {
        assertThat(status("ENABLE")).isEqualTo(StatusClause.ENABLE);
        assertThat(status("DISABLE")).isEqualTo(StatusClause.DISABLE);
        assertThat(status("DISABLE ON SLAVE")).isEqualTo(StatusClause.DISABLE_ON_SLAVE);
        assertThat(status("disable on replica")).isEqualTo(StatusClause.DISABLE_ON_REPLICA);
    }

    private static StatusClause status(String clause) {
        return ((CreateEvent) parse("CREATE EVENT e ON SCHEDULE EVERY 1 DAY " + clause + " DO SELECT 1")).status();
    }

    @Test
    void commentIsAStringLiteral() {
        CreateEvent c = parse("CREATE EVENT e ON SCHEDULE EVERY 1 DAY COMMENT 'it''s' ' here' DO SELECT 1");
        assertThat(c.comment()).isEqualTo("it's here");
    }

    @Test
    void everyClauseInOrder() {
        CreateEvent c = parse("CREATE DEFINER=root EVENT e ON SCHEDULE EVERY 1 DAY ON COMPLETION PRESERVE "
                + "DISABLE COMMENT 'c' DO SELECT 1");
        assertThat(c).isEqualTo(new CreateEvent(new DefinerClause("root", "%"), false, new QualifiedName(null, "e"),
                new ScheduleClause.Every(ONE, IntervalUnit.DAY, null, null), OnCompletion.PRESERVE,
                StatusClause.DISABLE, "c", "SELECT 1"));
    }

    @Test
    void clausesOutOfOrderAre1064() {
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 SECOND ENABLE ON COMPLETION PRESERVE DO SELECT 1",
                "ON COMPLETION PRESERVE DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 SECOND COMMENT 'x' ENABLE DO SELECT 1",
                "ENABLE DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 SECOND ENDS NOW() STARTS NOW() DO SELECT 1",
                "STARTS NOW() DO SELECT 1", 1);
    }

    @Test
    void atWithStartsOrEndsIs1064() {
        assertSyntaxError("CREATE EVENT e ON SCHEDULE AT NOW() STARTS NOW() DO SELECT 1", "STARTS NOW() DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE AT NOW()\nENDS NOW() DO SELECT 1", "ENDS NOW() DO SELECT 1", 2);
    }

    @Test
    void disableOnSomethingElseIs1064() {
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DISABLE ON COMPLETION PRESERVE DO SELECT 1",
                "COMPLETION PRESERVE DO SELECT 1", 1);
    }

    @Test
    void missingPartsAre1064() {
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DAY", "", 1);
        assertSyntaxError("CREATE EVENT e DO SELECT 1", "DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DO SELECT 1", "DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 FORTNIGHT DO SELECT 1", "FORTNIGHT DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO", "", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DAY COMMENT x DO SELECT 1", "x DO SELECT 1", 1);
        assertSyntaxError("CREATE EVENT select ON SCHEDULE EVERY 1 DAY DO SELECT 1",
                "select ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1);
    }

    @Test
    void nonReservedKeywordsAreValidNames() {
        CreateEvent c = parse("CREATE EVENT event ON SCHEDULE EVERY 1 DAY DO SELECT 1");
        assertThat(c.name().name()).isEqualTo("event");
    }
}
