package io.eventd.core.sql.eval;

import static io.eventd.core.sql.eval.Exprs.call;
import static io.eventd.core.sql.eval.Exprs.interval;
import static io.eventd.core.sql.eval.Exprs.minus;
import static io.eventd.core.sql.eval.Exprs.now;
import static io.eventd.core.sql.eval.Exprs.nul;
import static io.eventd.core.sql.eval.Exprs.num;
import static io.eventd.core.sql.eval.Exprs.plus;
import static io.eventd.core.sql.eval.Exprs.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.expr.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorFunctionsTest {
    private final Evaluator utc = new Evaluator(TestContext.utc());

    private static String eval(Evaluator evaluator, Expr e) {
        return Values.display(evaluator.eval(e));
    }

    private String eval(Expr e) {
        return eval(utc, e);
    }

    @Test
    void clockFunctionsReadNowInTheSessionZone() {
        Evaluator plusFive = new Evaluator(TestContext.in("+05:00"));
        for (String name : new String[] {"NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE"}) {
            assertThat(eval(call(name))).isEqualTo("2026-03-15 10:20:30");
            assertThat(eval(plusFive, call(name))).isEqualTo("2026-03-15 15:20:30");
        }
        assertThat(eval(call("NOW", num("0")))).isEqualTo("2026-03-15 10:20:30");
        assertThat(eval(plusFive, call("CURDATE"))).isEqualTo("2026-03-15 00:00:00");
        assertThat(eval(plusFive, call("CURRENT_DATE"))).isEqualTo("2026-03-15 00:00:00");
        assertThat(eval(plusFive, call("UTC_TIMESTAMP"))).isEqualTo("2026-03-15 10:20:30");
        assertThat(eval(plusFive, call("UTC_DATE"))).isEqualTo("2026-03-15 00:00:00");
        Evaluator tokyo = new Evaluator(TestContext.in("Asia/Tokyo"));
        assertThat(eval(tokyo, call("CURDATE"))).isEqualTo("2026-03-15 00:00:00");
        Evaluator samoa = new Evaluator(TestContext.in("-11:00"));
        assertThat(eval(samoa, call("CURDATE"))).isEqualTo("2026-03-14 00:00:00");
        assertThat(eval(plusFive, call("UNIX_TIMESTAMP"))).isEqualTo(Long.toString(TestContext.NOW));
        assertThat(eval(plusFive, call("UNIX_TIMESTAMP", str("1970-01-01 05:00:10")))).isEqualTo("10");
        assertThat(eval(plusFive, call("FROM_UNIXTIME", num("10")))).isEqualTo("1970-01-01 05:00:10");
    }

    @ParameterizedTest(name = "{0} + INTERVAL {1} {2} = {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2026-01-31 10:00:00|1|MONTH|2026-02-28 10:00:00",
            "2028-02-29 00:00:00|1|YEAR|2029-02-28 00:00:00",
            "2026-01-31 00:00:00|1|QUARTER|2026-04-30 00:00:00",
            "2026-03-15 10:00:00|2|WEEK|2026-03-29 10:00:00",
            "2026-03-15 10:00:00|-1|DAY|2026-03-14 10:00:00",
            "2026-03-15 23:00:00|2|HOUR|2026-03-16 01:00:00",
            "2026-03-15 10:00:00|90|MINUTE|2026-03-15 11:30:00",
            "2026-03-15 10:00:00|1.5|SECOND|2026-03-15 10:00:01.5",
            "2026-03-15 10:00:00|1.5|DAY|2026-03-17 10:00:00",
            "2026-03-15 10:00:00|'abc'|DAY|2026-03-15 10:00:00",
            "2026-03-15 10:00:00|500000|MICROSECOND|2026-03-15 10:00:00.5",
            "2026-03-15 10:00:00|'2:15'|YEAR_MONTH|2029-06-15 10:00:00",
            "2026-03-15 10:00:00|'1 2'|DAY_HOUR|2026-03-16 12:00:00",
            "2026-03-15 10:00:00|'35:25:65'|DAY_MINUTE|2026-04-20 12:05:00",
            "2026-03-15 10:00:00|'1 1:1:1'|DAY_SECOND|2026-03-16 11:01:01",
            "2026-03-15 10:00:00|'10'|MINUTE_SECOND|2026-03-15 10:00:10",
            "2026-03-15 10:00:00|'-1:30'|HOUR_MINUTE|2026-03-15 08:30:00",
            "2026-03-15 10:00:00|'1:1:1'|HOUR_SECOND|2026-03-15 11:01:01",
            "2026-03-15 10:00:00|'1.5'|SECOND_MICROSECOND|2026-03-15 10:00:01.5",
            "2026-03-15 10:00:00|'1:2:3'|MINUTE_SECOND|NULL",
            "2026-03-15 10:00:00|NULL|DAY|NULL",
            "9999-12-31 00:00:00|1|DAY|NULL",
            "0001-01-01 00:00:00|-1|YEAR|0000-01-01 00:00:00",
            "0000-01-01 00:00:00|-1|DAY|NULL",
            "2026-03-15 10:00:00|10000|YEAR|NULL",
            "2026-02-30|1|DAY|NULL",
            "20260315|1|DAY|2026-03-16 00:00:00",
    })
    void intervalArithmetic(String date, String amount, IntervalUnit unit, String expected) {
        Expr value = amount.equals("NULL") ? nul() : amount.startsWith("'")
                ? str(amount.substring(1, amount.length() - 1)) : num(amount);
        Expr.IntervalValue iv = interval(value, unit);
        Expr base = str(date);
        assertThat(eval(plus(base, iv))).isEqualTo(expected);
        assertThat(eval(plus(iv, base))).isEqualTo(expected);
        assertThat(eval(call("DATE_ADD", base, iv))).isEqualTo(expected);
        assertThat(eval(call("ADDDATE", base, iv))).isEqualTo(expected);
    }

    @Test
    void subtractionAndChains() {
        Expr.IntervalValue oneDay = interval(num("1"), IntervalUnit.DAY);
        assertThat(eval(minus(now(), oneDay))).isEqualTo("2026-03-14 10:20:30");
        assertThat(eval(call("DATE_SUB", now(), oneDay))).isEqualTo("2026-03-14 10:20:30");
        assertThat(eval(call("SUBDATE", now(), oneDay))).isEqualTo("2026-03-14 10:20:30");
        assertThat(eval(call("SUBDATE", now(), num("2")))).isEqualTo("2026-03-13 10:20:30");
        assertThat(eval(call("ADDDATE", now(), num("2")))).isEqualTo("2026-03-17 10:20:30");
        assertThat(eval(minus(now(), interval(str("-1 1"), IntervalUnit.DAY_HOUR)))).isEqualTo("2026-03-16 11:20:30");
        Expr chain = plus(plus(call("CURRENT_TIMESTAMP"), oneDay), interval(num("2"), IntervalUnit.HOUR));
        assertThat(eval(chain)).isEqualTo("2026-03-16 12:20:30");
        assertThat(eval(plus(nul(), oneDay))).isEqualTo("NULL");
        assertThat(eval(plus(str("garbage"), oneDay))).isEqualTo("NULL");
    }

    @Test
    void monthArithmeticClampsToMonthEnd() {
        Expr start = str("2026-01-31 10:00:00");
        assertThat(eval(plus(start, interval(num("1"), IntervalUnit.MONTH)))).isEqualTo("2026-02-28 10:00:00");
        assertThat(eval(plus(start, interval(num("2"), IntervalUnit.MONTH)))).isEqualTo("2026-03-31 10:00:00");
        assertThat(eval(minus(str("2026-03-31"), interval(num("1"), IntervalUnit.MONTH)))).isEqualTo("2026-02-28 00:00:00");
        assertThat(eval(plus(str("2024-01-31"), interval(num("1"), IntervalUnit.MONTH)))).isEqualTo("2024-02-29 00:00:00");
    }

    @Test
    void conversions() {
        assertThat(eval(call("TIMESTAMP", str("2026-03-15")))).isEqualTo("2026-03-15 00:00:00");
        assertThat(eval(call("TIMESTAMP", num("20260315102030")))).isEqualTo("2026-03-15 10:20:30");
        assertThat(eval(call("TIMESTAMP", str("2026-02-30")))).isEqualTo("NULL");
        assertThat(eval(call("DATE", str("2026-03-15 10:20:30")))).isEqualTo("2026-03-15 00:00:00");
        assertThat(eval(call("DATE", nul()))).isEqualTo("NULL");
    }

    @Test
    void stringFunctions() {
        assertThat(eval(call("CONCAT", str("a"), num("1"), num("1.50")))).isEqualTo("a11.50");
        assertThat(eval(call("CONCAT", str("a"), nul()))).isEqualTo("NULL");
        assertThat(eval(call("CONCAT", str("at "), now()))).isEqualTo("at 2026-03-15 10:20:30");
        assertThat(eval(call("LOWER", str("AbÇ")))).isEqualTo("abç");
        assertThat(eval(call("LCASE", str("X")))).isEqualTo("x");
        assertThat(eval(call("UPPER", str("abç")))).isEqualTo("ABÇ");
        assertThat(eval(call("UCASE", nul()))).isEqualTo("NULL");
        assertThat(eval(call("LENGTH", str("café")))).isEqualTo("5");
        assertThat(eval(call("CHAR_LENGTH", str("café")))).isEqualTo("4");
        assertThat(eval(call("LENGTH", num("123")))).isEqualTo("3");
    }

    @Test
    void controlFlowFunctions() {
        assertThat(eval(call("IFNULL", nul(), num("2")))).isEqualTo("2");
        assertThat(eval(call("IFNULL", num("1"), num("2")))).isEqualTo("1");
        assertThat(eval(call("COALESCE", nul(), nul(), str("x")))).isEqualTo("x");
        assertThat(eval(call("COALESCE", nul()))).isEqualTo("NULL");
        assertThat(eval(call("IF", num("1"), str("yes"), str("no")))).isEqualTo("yes");
        assertThat(eval(call("IF", nul(), str("yes"), str("no")))).isEqualTo("no");
        assertThat(eval(call("NULLIF", str("a"), str("A")))).isEqualTo("NULL");
        assertThat(eval(call("NULLIF", num("1"), num("2")))).isEqualTo("1");
        assertThat(eval(call("ISNULL", nul()))).isEqualTo("1");
        Expr unknownOnTheUntakenBranch = call("IF", num("1"), str("yes"), call("NOPE"));
        assertThat(eval(unknownOnTheUntakenBranch)).isEqualTo("yes");
    }

    @Test
    void unknownFunctionsAreStoredFunctionCalls() {
        assertError(call("MY_FUNC", num("1")), 1305, "42000", "FUNCTION MY_FUNC does not exist");
        assertError(call("DATE_FORMAT", now(), str("%Y")), 7901, "HY000",
                "eventd: cannot evaluate DATE_FORMAT() in a schedule expression; use a literal, NOW(), INTERVAL "
                        + "arithmetic, DATE_ADD/DATE_SUB or a user variable");
        assertError(call("CONCAT"), 1582, "42000", "Incorrect parameter count in the call to native function 'CONCAT'");
        assertError(call("IFNULL", num("1")), 1582, "42000",
                "Incorrect parameter count in the call to native function 'IFNULL'");
    }

    private void assertError(Expr e, int code, String state, String message) {
        assertThatThrownBy(() -> utc.eval(e)).isInstanceOfSatisfying(SqlException.class, x -> {
            assertThat(x.code()).isEqualTo(code);
            assertThat(x.error().sqlState()).isEqualTo(state);
            assertThat(x.error().message()).isEqualTo(message);
        });
    }
}
