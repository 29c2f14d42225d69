package io.eventd.core.sql.eval;

import static io.eventd.core.sql.eval.Exprs.call;
import static io.eventd.core.sql.eval.Exprs.interval;
import static io.eventd.core.sql.eval.Exprs.now;
import static io.eventd.core.sql.eval.Exprs.nul;
import static io.eventd.core.sql.eval.Exprs.num;
import static io.eventd.core.sql.eval.Exprs.plus;
import static io.eventd.core.sql.eval.Exprs.str;
import static io.eventd.core.sql.eval.Exprs.var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.expr.Expr;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScheduleValuesTest {
    private static final String SUBQUERY_TEXT = "This version of MySQL doesn't yet support "
            + "'Usage of subqueries or stored function calls as part of this statement'";
    private final TestContext utc = TestContext.utc();

    private static long epoch(int y, int mo, int d, int h, int mi, int s) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
    }

    // ---- AT / STARTS / ENDS

    @Test
    void instantReadsTheValueInTheSessionZone() {
        assertThat(ScheduleValues.instant(str("2038-01-01 00:00:00"), utc, "AT")).isEqualTo(epoch(2038, 1, 1, 0, 0, 0));
        TestContext berlin = TestContext.in("Europe/Berlin");
        assertThat(ScheduleValues.instant(str("2026-07-01 12:00:00"), berlin, "AT")).isEqualTo(epoch(2026, 7, 1, 10, 0, 0));
        assertThat(ScheduleValues.instant(str("2026-01-01 12:00:00"), berlin, "AT")).isEqualTo(epoch(2026, 1, 1, 11, 0, 0));
        assertThat(ScheduleValues.instant(str("2026-03-29 02:30:00"), berlin, "AT"))
                .as("a local time in the DST gap maps to the start of the gap")
                .isEqualTo(epoch(2026, 3, 29, 1, 0, 0));
        TestContext plusFive = TestContext.in("+05:00");
        assertThat(ScheduleValues.instant(now(), plusFive, "AT")).isEqualTo(TestContext.NOW);
        assertThat(ScheduleValues.instant(now(), utc, "AT")).isEqualTo(TestContext.NOW);
        assertThat(ScheduleValues.instant(str("2026-03-15 15:20:30"), plusFive, "AT")).isEqualTo(TestContext.NOW);
    }

    @Test
    void instantAcceptsNumbersVariablesArithmeticAndDropsFractions() {
        assertThat(ScheduleValues.instant(num("20380101000000"), utc, "AT")).isEqualTo(epoch(2038, 1, 1, 0, 0, 0));
        assertThat(ScheduleValues.instant(num("20400101"), utc, "AT")).isEqualTo(epoch(2040, 1, 1, 0, 0, 0));
        assertThat(ScheduleValues.instant(str("2026-03-15 10:20:30.999999"), utc, "AT")).isEqualTo(TestContext.NOW);
        utc.with("t", new Value.Str("2030-05-05 05:05:05"));
        assertThat(ScheduleValues.instant(var("t"), utc, "STARTS")).isEqualTo(epoch(2030, 5, 5, 5, 5, 5));
        Expr nowPlusDay = plus(call("CURRENT_TIMESTAMP"), interval(num("1"), IntervalUnit.DAY));
        assertThat(ScheduleValues.instant(nowPlusDay, utc, "AT")).isEqualTo(TestContext.NOW + 86_400);
        assertThat(ScheduleValues.instant(new Expr.Subquery("SELECT '2030-01-01'", false, str("2030-01-01")), utc, "AT"))
                .isEqualTo(epoch(2030, 1, 1, 0, 0, 0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'10000101000000'|10000101000000", "'99990101000000'|99990101000000", "10000101000000|10000101000000",
            "'1970-01-01 00:00:00'|1970-01-01 00:00:00", "'3001-01-19 00:00:00'|3001-01-19 00:00:00",
            "'every day'|every day", "'2026-02-30 10:00:00'|2026-02-30 10:00:00", "NULL|NULL", "1.5|1.5",
    })
    void invalidInstantsAre1525WithTheValueAsMysqlPrintsIt(String literal, String shown) {
        Expr e = literal.equals("NULL") ? nul() : literal.startsWith("'")
                ? str(literal.substring(1, literal.length() - 1)) : num(literal);
        assertError(() -> ScheduleValues.instant(e, utc, "AT"), 1525, "Incorrect AT value: '" + shown + "'");
        assertError(() -> ScheduleValues.instant(e, utc, "STARTS"), 1525, "Incorrect STARTS value: '" + shown + "'");
        assertThat(ScheduleValues.instantOrNull(e, utc)).isNull();
    }

    @Test
    void rangeLimits() {
        assertThat(ScheduleValues.instant(str("1970-01-01 00:00:01"), utc, "AT")).isEqualTo(1);
        assertThat(ScheduleValues.instant(str("3001-01-18 23:59:59"), utc, "AT")).isEqualTo(32_536_771_199L);
        TestContext plusOne = TestContext.in("+01:00");
        assertThat(ScheduleValues.instantOrNull(str("1970-01-01 01:00:00"), plusOne)).isNull();
        assertThat(ScheduleValues.instantOrNull(str("1970-01-01 01:00:01"), plusOne)).isEqualTo(1);
        Expr pastYear = plus(now(), interval(num("-100"), IntervalUnit.YEAR));
        assertError(() -> ScheduleValues.instant(pastYear, utc, "AT"), 1525, "Incorrect AT value: '1926-03-15 10:20:30'");
        assertThat(ScheduleValues.instantOrNull(str("2040-06-01"), utc)).isEqualTo(epoch(2040, 6, 1, 0, 0, 0));
    }

    @Test
    void instantKeepsOtherErrors() {
        Expr row = new Expr.RowValue(List.of(num("1"), num("2")));
        assertError(() -> ScheduleValues.instant(row, utc, "AT"), 1241, "Operand should contain 1 column(s)");
        assertError(() -> ScheduleValues.instantOrNull(row, utc), 1241, "Operand should contain 1 column(s)");
        assertError(() -> ScheduleValues.instantOrNull(call("F"), utc), 1305, "FUNCTION F does not exist");
    }

    // ---- EVERY

    @ParameterizedTest(name = "EVERY {0} {1} stores {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1|YEAR|1", "2|QUARTER|6", "5|MONTH|5", "2|WEEK|14", "3|DAY|3", "4|HOUR|4", "5|MINUTE|5", "6|SECOND|6",
            "1000000000|SECOND|1000000000", "1.5|HOUR|2", "2.5|DAY|3", "1.9|SECOND|1", "'12abc'|MINUTE|12",
            "'1.9'|SECOND|1", "'7'|DAY|7",
            "'2:15'|YEAR_MONTH|39", "'2-5'|YEAR_MONTH|29", "'20:25'|DAY_HOUR|505", "'35:56'|DAY_MINUTE|2156",
            "'35:25:65'|DAY_MINUTE|51965", "'50:23:59:95'|DAY_SECOND|4406435", "'25:25'|HOUR_MINUTE|1525",
            "'11:65'|HOUR_MINUTE|725", "'15:59:85'|HOUR_SECOND|57625", "'35:66'|MINUTE_SECOND|2166",
            "'10'|MINUTE_SECOND|10", "10|MINUTE_SECOND|10", "'1 2'|DAY_HOUR|26", "'5'|DAY_SECOND|5",
            "'1 1'|DAY_SECOND|61", "'1:'|MINUTE_SECOND|1", "' 1 : 2 '|MINUTE_SECOND|62", "1.5|MINUTE_SECOND|65",
    })
    void intervalStoredValues(String literal, IntervalUnit unit, long stored) {
        Expr e = literal.startsWith("'") ? str(literal.substring(1, literal.length() - 1)) : num(literal);
        assertThat(ScheduleValues.interval(e, unit, utc)).isEqualTo(new Interval(unit, stored));
    }

    @Test
    void intervalValuesAreExpressions() {
        Expr fiftyPlusTen = new Expr.Binary(Expr.BinaryOp.PLUS, num("50"), num("10"));
        assertThat(ScheduleValues.interval(fiftyPlusTen, IntervalUnit.MINUTE, utc))
                .isEqualTo(new Interval(IntervalUnit.MINUTE, 60));
        utc.with("a", new Value.Int(30));
        assertThat(ScheduleValues.interval(var("a"), IntervalUnit.SECOND, utc)).isEqualTo(new Interval(IntervalUnit.SECOND, 30));
    }

    @ParameterizedTest(name = "EVERY {0} {1} -> 1542")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0|SECOND", "-1|DAY", "1000000001|SECOND", "142857143|WEEK", "333333334|QUARTER", "1000000001|YEAR",
            "'abc'|HOUR", "0.4|HOUR", "0.9|SECOND", "-0.5|SECOND", "'-1:30'|HOUR_MINUTE", "'0:0'|MINUTE_SECOND",
            "''|DAY_HOUR", "'41666667 0'|DAY_HOUR", "9223372036854775807|DAY", "99999999999999999999|MINUTE",
            "'99999999999 0:0:0'|DAY_SECOND",
    })
    void intervalNotPositiveOrTooBig(String literal, IntervalUnit unit) {
        Expr e = literal.startsWith("'") ? str(literal.substring(1, literal.length() - 1)) : num(literal);
        assertError(() -> ScheduleValues.interval(e, unit, utc), 1542, "INTERVAL is either not positive or too big");
    }

    @Test
    void intervalConstantSubqueryIsEvaluated() {
        Expr selectZero = new Expr.Subquery("SELECT 0", false, num("0"));
        assertError(() -> ScheduleValues.interval(selectZero, IntervalUnit.SECOND, utc), 1542,
                "INTERVAL is either not positive or too big");
        Expr everyDay = new Expr.Subquery("SELECT 'every day'", false, str("every day"));
        assertError(() -> ScheduleValues.instant(everyDay, utc, "AT"), 1525, "Incorrect AT value: 'every day'");
    }

    @Test
    void intervalWrongValues() {
        assertError(() -> ScheduleValues.interval(str("1:2:3"), IntervalUnit.MINUTE_SECOND, utc), 1525,
                "Incorrect INTERVAL value: '1:2:3'");
        assertError(() -> ScheduleValues.interval(str("1 2 3 4 5"), IntervalUnit.DAY_SECOND, utc), 1525,
                "Incorrect INTERVAL value: '1 2 3 4 5'");
        assertError(() -> ScheduleValues.interval(nul(), IntervalUnit.SECOND, utc), 1525, "Incorrect INTERVAL value: 'NULL'");
        assertError(() -> ScheduleValues.interval(var("unset"), IntervalUnit.DAY_HOUR, utc), 1525,
                "Incorrect INTERVAL value: 'NULL'");
    }

    @ParameterizedTest
    @EnumSource(value = IntervalUnit.class, mode = EnumSource.Mode.MATCH_ANY, names = ".*MICROSECOND")
    void microsecondUnitsAre1235BeforeTheValueIsRead(IntervalUnit unit) {
        assertError(() -> ScheduleValues.interval(call("UNKNOWN_FN"), unit, utc), 1235,
                "This version of MySQL doesn't yet support 'MICROSECOND'");
    }

    // ---- subquery check

    @Test
    void checkNoSubqueriesFindsTableSubqueriesAndStoredFunctionsAnywhere() {
        Expr tableSubquery = new Expr.Subquery("SELECT a FROM t", true, null);
        Expr storedFunction = call("MY_FN");
        for (Expr bad : new Expr[] {tableSubquery, storedFunction}) {
            Expr nested = plus(now(), interval(call("IFNULL", bad, num("1")), IntervalUnit.DAY));
            assertError(() -> ScheduleValues.checkNoSubqueries(new ScheduleClause.At(nested)), 1235, SUBQUERY_TEXT);
            assertError(() -> ScheduleValues.checkNoSubqueries(new ScheduleClause.Every(bad, IntervalUnit.DAY, null, null)),
                    1235, SUBQUERY_TEXT);
            Expr inCase = new Expr.Case(null, List.of(num("1")), List.of(now()), bad);
            assertError(() -> ScheduleValues.checkNoSubqueries(
                    new ScheduleClause.Every(num("1"), IntervalUnit.DAY, now(), inCase)), 1235, SUBQUERY_TEXT);
            assertError(() -> ScheduleValues.checkNoSubqueries(
                    new ScheduleClause.Every(num("1"), IntervalUnit.DAY, new Expr.Unary(Expr.UnaryOp.MINUS, bad), null)),
                    1235, SUBQUERY_TEXT);
        }
    }

    @Test
    void checkNoSubqueriesLetsConstantSubqueriesAndNativeFunctionsThrough() {
        Expr constant = new Expr.Subquery("SELECT 0", false, num("0"));
        assertThatCode(() -> ScheduleValues.checkNoSubqueries(new ScheduleClause.Every(constant, IntervalUnit.SECOND,
                call("DATE_ADD", now(), interval(num("1"), IntervalUnit.DAY)), call("DATE_FORMAT", now(), str("%Y")))))
                .doesNotThrowAnyException();
        assertThatCode(() -> ScheduleValues.checkNoSubqueries(new ScheduleClause.At(
                new Expr.In(now(), List.of(call("UTC_TIMESTAMP"), new Expr.RowValue(List.of(num("1")))), false))))
                .doesNotThrowAnyException();
    }

    @Test
    void deepClausesAreWalkedWithoutRecursion() {
        Expr e = call("MY_FN");
        for (int i = 0; i < 200_000; i++) {
            e = new Expr.Unary(Expr.UnaryOp.MINUS, e);
        }
        Expr deep = e;
        assertError(() -> ScheduleValues.checkNoSubqueries(new ScheduleClause.At(deep)), 1235, SUBQUERY_TEXT);
    }

    private static void assertError(ThrowingCallable call, int code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SqlException.class, x -> {
            assertThat(x.code()).isEqualTo(code);
            assertThat(x.error().message()).isEqualTo(message);
        });
    }
}
