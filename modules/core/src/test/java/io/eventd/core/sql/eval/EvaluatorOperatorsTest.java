package io.eventd.core.sql.eval;

import static io.eventd.core.sql.eval.Exprs.bin;
import static io.eventd.core.sql.eval.Exprs.nul;
import static io.eventd.core.sql.eval.Exprs.num;
import static io.eventd.core.sql.eval.Exprs.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorOperatorsTest {
    private final Evaluator evaluator = new Evaluator(TestContext.utc());

    private String eval(Expr e) {
        return Values.display(evaluator.eval(e));
    }

    /** A literal: NULL, 'quoted string', or a number as written. */
    private static Expr lit(String s) {
        if (s.equals("NULL")) {
            return nul();
        }
        return s.startsWith("'") ? str(s.substring(1, s.length() - 1)) : num(s);
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1|PLUS|2|3", "1|MINUS|2|-1", "3|TIMES|4|12", "1|DIVIDE|2|0.5000", "4|DIVIDE|2|2.0000",
            "2|DIVIDE|3|0.6667", "1.0|DIVIDE|3|0.33333", "1|DIVIDE|0|NULL", "7|DIV|2|3", "-7|DIV|2|-3",
            "7.9|DIV|2|3", "1|DIV|0|NULL", "7|MOD|3|1", "-7|MOD|3|-1", "5.5|MOD|2|1.5", "1|MOD|0|NULL",
            "1.5|PLUS|1|2.5", "1.50|TIMES|2|3.00", "NULL|PLUS|1|NULL", "1|TIMES|NULL|NULL",
            "'1'|PLUS|1|2", "'1.5abc'|PLUS|1|2.5", "'abc'|PLUS|1|1", "'1'|DIVIDE|2|0.5",
            "9223372036854775807|PLUS|1|9223372036854775808",
    })
    void arithmetic(String left, BinaryOp op, String right, String expected) {
        assertThat(eval(bin(op, lit(left), lit(right)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1|EQ|1|1", "1|EQ|1.0|1", "1|NE|2|1", "1|LT|2|1", "2|LE|2|1", "3|GT|2|1", "2|GE|3|0",
            "'abc'|EQ|'ABC'|1", "'abc'|EQ|'abc  '|1", "'é'|EQ|'E'|1", "'a'|LT|'B'|1",
            "'10'|GT|9|1", "'10'|GT|'9'|0", "'abc'|EQ|0|1", "'1e1'|EQ|10|1",
            "NULL|EQ|NULL|NULL", "1|EQ|NULL|NULL", "NULL|NE|1|NULL",
            "NULL|NULL_SAFE_EQ|NULL|1", "1|NULL_SAFE_EQ|NULL|0", "1|NULL_SAFE_EQ|1|1", "'a'|NULL_SAFE_EQ|'A'|1",
            "1|AND|1|1", "1|AND|0|0", "0|AND|NULL|0", "NULL|AND|0|0", "NULL|AND|1|NULL",
            "1|OR|0|1", "0|OR|0|0", "NULL|OR|1|1", "1|OR|NULL|1", "NULL|OR|0|NULL",
            "1|XOR|1|0", "1|XOR|0|1", "NULL|XOR|1|NULL", "'abc'|OR|0|0",
    })
    void comparisonAndLogic(String left, BinaryOp op, String right, String expected) {
        assertThat(eval(bin(op, lit(left), lit(right)))).isEqualTo(expected);
    }

    @Test
    void datetimeComparisonsCoerceTheOtherSide() {
        Expr noon = new Expr.TypedLiteral("TIMESTAMP", "2026-03-15 12:00:00");
        assertThat(eval(bin(BinaryOp.EQ, noon, str("2026-03-15 12:00:00")))).isEqualTo("1");
        assertThat(eval(bin(BinaryOp.EQ, noon, str("2026/3/15 12.0.0")))).isEqualTo("1");
        assertThat(eval(bin(BinaryOp.LT, noon, str("2026-03-16")))).isEqualTo("1");
        assertThat(eval(bin(BinaryOp.GT, noon, num("20260315000000")))).isEqualTo("1");
        assertThat(eval(bin(BinaryOp.EQ, noon, nul()))).isEqualTo("NULL");
    }

    @Test
    void unaryOperators() {
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.MINUS, num("5")))).isEqualTo("-5");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.MINUS, num("1.50")))).isEqualTo("-1.50");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.MINUS, nul()))).isEqualTo("NULL");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.PLUS, str("abc")))).isEqualTo("abc");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.NOT, num("0")))).isEqualTo("1");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.NOT, num("7")))).isEqualTo("0");
        assertThat(eval(new Expr.Unary(Expr.UnaryOp.NOT, nul()))).isEqualTo("NULL");
        assertThat(eval(bin(BinaryOp.PLUS, new Expr.TypedLiteral("TIMESTAMP", "2026-03-15 12:00:00"), num("0"))))
                .isEqualTo("20260315120000");
    }

    @ParameterizedTest(name = "{0} LIKE {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "abc|abc|1", "abc|ABC|1", "abc|a%|1", "abc|%c|1", "abc|%b%|1", "abc|a_c|1", "abc|a_|0", "abc|%|1",
            "''|%|1", "''|_|0", "abc|%%c|1", "aXbXc|a%b%c|1", "aXbXd|a%b%c|0", "100%|100\\%|1", "1000|100\\%|0",
            "a_b|a\\_b|1", "axb|a\\_b|0", "café|CAFE|1", "\"abc \"|abc|0", "mississippi|%iss%ppi|1",
    })
    void like(String value, String pattern, String expected) {
        String v = value.equals("''") ? "" : value;
        assertThat(eval(new Expr.Like(str(v), str(pattern), false, null))).isEqualTo(expected);
        assertThat(eval(new Expr.Like(str(v), str(pattern), true, null))).isEqualTo(expected.equals("1") ? "0" : "1");
    }

    @Test
    void likeWithEscapeNumbersAndNull() {
        assertThat(eval(new Expr.Like(str("10%"), str("10!%"), false, str("!")))).isEqualTo("1");
        assertThat(eval(new Expr.Like(str("a\\b"), str("a\\b"), false, str("")))).isEqualTo("1");
        assertThat(eval(new Expr.Like(num("123"), str("1%"), false, null))).isEqualTo("1");
        assertThat(eval(new Expr.Like(nul(), str("%"), false, null))).isEqualTo("NULL");
        assertThat(eval(new Expr.Like(str("a"), nul(), true, null))).isEqualTo("NULL");
        assertThatThrownBy(() -> evaluator.eval(new Expr.Like(str("a"), str("a"), false, str("ab"))))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.error().message())
                        .isEqualTo("Incorrect arguments to ESCAPE"));
    }

    @Test
    void inBetweenIsNull() {
        assertThat(eval(new Expr.In(num("2"), List.of(num("1"), num("2")), false))).isEqualTo("1");
        assertThat(eval(new Expr.In(str("B"), List.of(str("a"), str("b")), false))).isEqualTo("1");
        assertThat(eval(new Expr.In(num("3"), List.of(num("1"), num("2")), false))).isEqualTo("0");
        assertThat(eval(new Expr.In(num("3"), List.of(num("1"), num("2")), true))).isEqualTo("1");
        assertThat(eval(new Expr.In(num("3"), List.of(num("1"), nul()), false))).isEqualTo("NULL");
        assertThat(eval(new Expr.In(num("3"), List.of(num("1"), nul()), true))).isEqualTo("NULL");
        assertThat(eval(new Expr.In(num("1"), List.of(nul(), num("1")), false))).isEqualTo("1");
        assertThat(eval(new Expr.In(nul(), List.of(num("1")), false))).isEqualTo("NULL");

        assertThat(eval(new Expr.Between(num("2"), num("1"), num("3"), false))).isEqualTo("1");
        assertThat(eval(new Expr.Between(num("3"), num("1"), num("3"), false))).isEqualTo("1");
        assertThat(eval(new Expr.Between(num("4"), num("1"), num("3"), false))).isEqualTo("0");
        assertThat(eval(new Expr.Between(num("4"), num("1"), num("3"), true))).isEqualTo("1");
        assertThat(eval(new Expr.Between(str("b"), str("A"), str("C"), false))).isEqualTo("1");
        assertThat(eval(new Expr.Between(num("5"), nul(), num("3"), false))).isEqualTo("0");
        assertThat(eval(new Expr.Between(num("2"), nul(), num("3"), false))).isEqualTo("NULL");

        assertThat(eval(new Expr.IsNull(nul(), false))).isEqualTo("1");
        assertThat(eval(new Expr.IsNull(num("0"), false))).isEqualTo("0");
        assertThat(eval(new Expr.IsNull(num("0"), true))).isEqualTo("1");
    }

    @Test
    void caseExpressions() {
        Expr simple = new Expr.Case(str("B"), List.of(str("a"), str("b")), List.of(num("1"), num("2")), num("9"));
        assertThat(eval(simple)).isEqualTo("2");
        Expr simpleNoMatch = new Expr.Case(nul(), List.of(nul()), List.of(num("1")), null);
        assertThat(eval(simpleNoMatch)).isEqualTo("NULL");
        Expr searched = new Expr.Case(null, List.of(num("0"), nul(), bin(BinaryOp.GT, num("2"), num("1"))),
                List.of(str("zero"), str("null"), str("yes")), str("else"));
        assertThat(eval(searched)).isEqualTo("yes");
        Expr otherwise = new Expr.Case(null, List.of(num("0")), List.of(str("zero")), str("else"));
        assertThat(eval(otherwise)).isEqualTo("else");
    }

    @Test
    void isTrueIsWhereSemantics() {
        assertThat(evaluator.isTrue(num("1"))).isTrue();
        assertThat(evaluator.isTrue(num("0"))).isFalse();
        assertThat(evaluator.isTrue(nul())).isFalse();
        assertThat(evaluator.isTrue(str("abc"))).isFalse();
    }
}
