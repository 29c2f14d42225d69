package io.eventd.core.sql.eval;

import static io.eventd.core.sql.eval.Exprs.col;
import static io.eventd.core.sql.eval.Exprs.num;
import static io.eventd.core.sql.eval.Exprs.str;
import static io.eventd.core.sql.eval.Exprs.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorLiteralsTest {
    private final TestContext context = TestContext.utc();
    private final Evaluator evaluator = new Evaluator(context);

    private String display(Expr e) {
        return Values.display(evaluator.eval(e));
    }

    @Test
    void literals() {
        assertThat(evaluator.eval(str("x"))).isEqualTo(new Value.Str("x"));
        assertThat(evaluator.eval(num("20380101000000"))).isEqualTo(new Value.Int(20380101000000L));
        assertThat(evaluator.eval(num("1.50"))).isEqualTo(new Value.Decimal(new BigDecimal("1.50")));
        assertThat(evaluator.eval(num("99999999999999999999"))).isEqualTo(
                new Value.Decimal(new BigDecimal("99999999999999999999")));
        assertThat(display(num("1e3"))).isEqualTo("1000");
        assertThat(display(num("1.5e0"))).isEqualTo("1.5");
        assertThat(evaluator.eval(new Expr.NullLiteral())).isEqualTo(Value.NULL);
        assertThat(evaluator.eval(new Expr.BooleanLiteral(true))).isEqualTo(new Value.Int(1));
        assertThat(evaluator.eval(new Expr.BooleanLiteral(false))).isEqualTo(new Value.Int(0));
    }

    @Test
    void typedLiterals() {
        assertThat(evaluator.eval(new Expr.TypedLiteral("TIMESTAMP", "2026-03-15 10:00:00")))
                .isEqualTo(new Value.DateTime(LocalDateTime.of(2026, 3, 15, 10, 0)));
        assertThat(evaluator.eval(new Expr.TypedLiteral("DATE", "2026-03-15")))
                .isEqualTo(new Value.DateTime(LocalDateTime.of(2026, 3, 15, 0, 0)));
        assertThat(evaluator.eval(new Expr.TypedLiteral("TIME", "12:34:56")))
                .isEqualTo(new Value.DateTime(LocalDateTime.of(2026, 3, 15, 12, 34, 56)));
        assertThat(evaluator.eval(new Expr.TypedLiteral("TIME", "-01:00")))
                .isEqualTo(new Value.DateTime(LocalDateTime.of(2026, 3, 14, 23, 0)));
    }

    @Test
    void invalidTypedLiteralsAre1525() {
        assertError(new Expr.TypedLiteral("TIMESTAMP", "2026-02-30 00:00:00"), 1525,
                "Incorrect DATETIME value: '2026-02-30 00:00:00'");
        assertError(new Expr.TypedLiteral("TIMESTAMP", "2026-03-15"), 1525, "Incorrect DATETIME value: '2026-03-15'");
        assertError(new Expr.TypedLiteral("TIMESTAMP", "every day"), 1525, "Incorrect DATETIME value: 'every day'");
        assertError(new Expr.TypedLiteral("DATE", "2026-13-01"), 1525, "Incorrect DATE value: '2026-13-01'");
        assertError(new Expr.TypedLiteral("TIME", "10:61"), 1525, "Incorrect TIME value: '10:61'");
    }

    @Test
    void variablesAndColumnsComeFromTheContext() {
        context.with("a", new Value.Int(5));
        context.columns.put("EVENT_NAME", new Value.Str("e1"));
        assertThat(evaluator.eval(var("a"))).isEqualTo(new Value.Int(5));
        assertThat(evaluator.eval(var("unset"))).isEqualTo(Value.NULL);
        assertThat(evaluator.eval(new Expr.SystemVariable(null, "time_zone"))).isEqualTo(new Value.Str("Z"));
        assertThat(evaluator.eval(new Expr.Column("EVENTS", "event_name"))).isEqualTo(new Value.Str("e1"));
        assertError(new Expr.SystemVariable(Expr.Scope.GLOBAL, "nope"), 1193, "Unknown system variable 'nope'");
        assertError(col("nope"), 1054, "Unknown column 'nope' in 'where clause'");
    }

    @Test
    void subqueriesAndRows() {
        assertThat(evaluator.eval(new Expr.Subquery("SELECT 0", false, num("0")))).isEqualTo(new Value.Int(0));
        assertError(new Expr.Subquery("SELECT x FROM t", true, null), 1235,
                "This version of MySQL doesn't yet support 'Usage of subqueries or stored function calls as part of "
                        + "this statement'");
        assertError(new Expr.RowValue(List.of(num("1"), num("2"))), 1241, "Operand should contain 1 column(s)");
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        Expr e = num("1");
        for (int i = 0; i < 100_000; i++) {
            e = new Expr.Unary(Expr.UnaryOp.MINUS, e);
        }
        Expr deep = e;
        assertThatThrownBy(() -> evaluator.eval(deep)).isInstanceOf(SqlException.class)
                .extracting(t -> ((SqlException) t).code()).isEqualTo(7906);
        assertThat(evaluator.eval(num("2"))).isEqualTo(new Value.Int(2));
    }

    private void assertError(Expr e, int code, String message) {
        assertThatThrownBy(() -> evaluator.eval(e)).isInstanceOfSatisfying(SqlException.class, x -> {
            assertThat(x.code()).isEqualTo(code);
            assertThat(x.error().message()).isEqualTo(message);
        });
    }
}
