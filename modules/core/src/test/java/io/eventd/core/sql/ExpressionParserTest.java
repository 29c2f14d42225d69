package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.Statement.Select;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.Binary;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import io.eventd.core.sql.expr.Expr.Column;
import io.eventd.core.sql.expr.Expr.NumberLiteral;
import io.eventd.core.sql.expr.Expr.Unary;
import io.eventd.core.sql.expr.Expr.UnaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {
    private static final Expr A = new Column(null, "a");
    private static final Expr B = new Column(null, "b");
    private static final Expr C = new Column(null, "c");

    private static Expr expr(String sql) {
        Select s = parse("SELECT " + sql);
        assertThat(s.items()).hasSize(1);
        return s.items().get(0).expr();
    }

    private static Expr n(String text) {
        return new NumberLiteral(text);
    }

    @Test
    void logicalPrecedence() {
        assertThat(expr("a OR b AND c")).isEqualTo(new Binary(BinaryOp.OR, A, new Binary(BinaryOp.AND, B, C)));
        assertThat(expr("a XOR b OR c")).isEqualTo(new Binary(BinaryOp.OR, new Binary(BinaryOp.XOR, A, B), C));
        assertThat(expr("a && b || c")).isEqualTo(new Binary(BinaryOp.OR, new Binary(BinaryOp.AND, A, B), C));
        assertThat(expr("NOT a = b")).isEqualTo(new Unary(UnaryOp.NOT, new Binary(BinaryOp.EQ, A, B)));
        assertThat(expr("!a = b")).isEqualTo(new Binary(BinaryOp.EQ, new Unary(UnaryOp.NOT, A), B));
    }

    @Test
    void arithmeticPrecedence() {
        assertThat(expr("1 + 2 * 3")).isEqualTo(new Binary(BinaryOp.PLUS, n("1"), new Binary(BinaryOp.TIMES, n("2"),
                n("3"))));
        assertThat(expr("1 - 2 - 3")).isEqualTo(new Binary(BinaryOp.MINUS, new Binary(BinaryOp.MINUS, n("1"), n("2")),
                n("3")));
        assertThat(expr("7 DIV 2 % 3 MOD 4 / 5")).isEqualTo(new Binary(BinaryOp.DIVIDE, new Binary(BinaryOp.MOD,
                new Binary(BinaryOp.MOD, new Binary(BinaryOp.DIV, n("7"), n("2")), n("3")), n("4")), n("5")));
        assertThat(expr("-(1 + 2)")).isEqualTo(new Unary(UnaryOp.MINUS, new Binary(BinaryOp.PLUS, n("1"), n("2"))));
        assertThat(expr("+-1")).isEqualTo(new Unary(UnaryOp.PLUS, new Unary(UnaryOp.MINUS, n("1"))));
    }

    @Test
    void comparisons() {
        assertThat(expr("a <=> b")).isEqualTo(new Binary(BinaryOp.NULL_SAFE_EQ, A, B));
        assertThat(expr("a != b")).isEqualTo(new Binary(BinaryOp.NE, A, B));
        assertThat(expr("a <> b")).isEqualTo(new Binary(BinaryOp.NE, A, B));
        assertThat(expr("a + 1 >= b")).isEqualTo(new Binary(BinaryOp.GE, new Binary(BinaryOp.PLUS, A, n("1")), B));
        assertThat(expr("a IS NULL")).isEqualTo(new Expr.IsNull(A, false));
        assertThat(expr("a IS NOT NULL = b")).isEqualTo(new Binary(BinaryOp.EQ, new Expr.IsNull(A, true), B));
    }

    @Test
    void predicates() {
        assertThat(expr("a NOT LIKE 'x%' ESCAPE '!'")).isEqualTo(new Expr.Like(A, new Expr.StringLiteral("x%"), true,
                new Expr.StringLiteral("!")));
        assertThat(expr("a IN (1, 2)")).isEqualTo(new Expr.In(A, List.of(n("1"), n("2")), false));
        assertThat(expr("a NOT BETWEEN 1 AND 2 AND b")).isEqualTo(new Binary(BinaryOp.AND,
                new Expr.Between(A, n("1"), n("2"), true), B));
        assertThat(expr("a REGEXP 'x'")).isEqualTo(new Expr.FunctionCall("REGEXP_LIKE",
                List.of(A, new Expr.StringLiteral("x"))));
    }

    @Test
    void literals() {
        assertThat(expr("NULL")).isEqualTo(new Expr.NullLiteral());
        assertThat(expr("TRUE")).isEqualTo(new Expr.BooleanLiteral(true));
        assertThat(expr("false")).isEqualTo(new Expr.BooleanLiteral(false));
        assertThat(expr("TIMESTAMP '2030-01-01 00:00:00'")).isEqualTo(new Expr.TypedLiteral("TIMESTAMP",
                "2030-01-01 00:00:00"));
        assertThat(expr("date '2030-01-01'")).isEqualTo(new Expr.TypedLiteral("DATE", "2030-01-01"));
        assertThat(expr("TIME '10:00'")).isEqualTo(new Expr.TypedLiteral("TIME", "10:00"));
        // Hexadecimal literals are binary strings: the string of their bytes.
        assertThat(expr("0x41")).isEqualTo(new Expr.StringLiteral("A"));
        assertThat(expr("0x141")).isEqualTo(new Expr.StringLiteral("\u0001A"));
        assertThat(expr("X'4142'")).isEqualTo(new Expr.StringLiteral("AB"));
        assertThat(expr("x''")).isEqualTo(new Expr.StringLiteral(""));
    }

    @Test
    void functionsAndNiladicKeywords() {
        assertThat(expr("now()")).isEqualTo(new Expr.FunctionCall("NOW", List.of()));
        assertThat(expr("CURRENT_TIMESTAMP")).isEqualTo(new Expr.FunctionCall("CURRENT_TIMESTAMP", List.of()));
        assertThat(expr("localtimestamp()")).isEqualTo(new Expr.FunctionCall("LOCALTIMESTAMP", List.of()));
        assertThat(expr("UTC_TIMESTAMP")).isEqualTo(new Expr.FunctionCall("UTC_TIMESTAMP", List.of()));
        assertThat(expr("IF(a, 1, 2)")).isEqualTo(new Expr.FunctionCall("IF", List.of(A, n("1"), n("2"))));
        assertThat(expr("COUNT(*)")).isEqualTo(new Expr.FunctionCall("COUNT", List.of()));
        assertThat(expr("DATE_SUB(NOW(), INTERVAL '1:30' HOUR_MINUTE)")).isEqualTo(new Expr.FunctionCall("DATE_SUB",
                List.of(new Expr.FunctionCall("NOW", List.of()),
                        new Expr.IntervalValue(new Expr.StringLiteral("1:30"), IntervalUnit.HOUR_MINUTE))));
    }

    @Test
    void intervalArithmetic() {
        Expr now = new Expr.FunctionCall("NOW", List.of());
        Expr day = new Expr.IntervalValue(n("1"), IntervalUnit.DAY);
        assertThat(expr("NOW() - INTERVAL 1 DAY")).isEqualTo(new Binary(BinaryOp.MINUS, now, day));
        assertThat(expr("INTERVAL 1 DAY + NOW()")).isEqualTo(new Binary(BinaryOp.PLUS, day, now));
        assertThat(expr("INTERVAL 1 DAY + NOW() + INTERVAL 1 DAY")).isEqualTo(new Binary(BinaryOp.PLUS,
                new Binary(BinaryOp.PLUS, day, now), day));
        assertSyntaxError("SELECT INTERVAL 1 DAY", "", 1);
        assertSyntaxError("SELECT NOW() + INTERVAL 1 FOO", "FOO", 1);
    }

    @Test
    void caseExpressions() {
        assertThat(expr("CASE a WHEN 1 THEN 'x' ELSE 'y' END")).isEqualTo(new Expr.Case(A, List.of(n("1")),
                List.of(new Expr.StringLiteral("x")), new Expr.StringLiteral("y")));
        assertThat(expr("CASE WHEN a THEN 1 WHEN b THEN 2 END")).isEqualTo(new Expr.Case(null, List.of(A, B),
                List.of(n("1"), n("2")), null));
    }

    @Test
    void subqueries() {
        assertThat(expr("(SELECT 0)")).isEqualTo(new Expr.Subquery("SELECT 0", false, n("0")));
        assertThat(expr("(SELECT 1, 2)")).isEqualTo(new Expr.Subquery("SELECT 1, 2", false,
                new Expr.RowValue(List.of(n("1"), n("2")))));
        assertThat(expr("(SELECT MAX(x) FROM t WHERE (y) > 1)")).isEqualTo(new Expr.Subquery(
                "SELECT MAX(x) FROM t WHERE (y) > 1", true, null));
        assertThat(expr("(SELECT (SELECT 1 FROM t))")).isEqualTo(new Expr.Subquery("SELECT (SELECT 1 FROM t)", false,
                new Expr.Subquery("SELECT 1 FROM t", true, null)));
        assertThat(expr("a IN (SELECT b FROM t)")).isEqualTo(new Expr.In(A,
                List.of(new Expr.Subquery("SELECT b FROM t", true, null)), false));
    }

    @Test
    void rowValues() {
        assertThat(expr("ROW(1, 2)")).isEqualTo(new Expr.RowValue(List.of(n("1"), n("2"))));
        assertThat(expr("(a, b)")).isEqualTo(new Expr.RowValue(List.of(A, B)));
        assertThat(expr("((a))")).isEqualTo(A);
    }

    @Test
    void columnsAndVariables() {
        assertThat(expr("EVENTS.EVENT_NAME")).isEqualTo(new Column("EVENTS", "EVENT_NAME"));
        assertThat(expr("information_schema.EVENTS.`STATUS`")).isEqualTo(new Column("EVENTS", "STATUS"));
        assertThat(expr("@x")).isEqualTo(new Expr.UserVariable("x"));
        assertThat(expr("@@session.time_zone")).isEqualTo(new Expr.SystemVariable(Expr.Scope.SESSION, "time_zone"));
        assertThat(expr("@@local.time_zone")).isEqualTo(new Expr.SystemVariable(Expr.Scope.SESSION, "time_zone"));
    }

    @Test
    void reservedWordsAreNotColumns() {
        assertSyntaxError("SELECT a + select", "select", 1);
        assertSyntaxError("SELECT 1 + ", "", 1);
        assertSyntaxError("SELECT (1", "", 1);
    }
}
