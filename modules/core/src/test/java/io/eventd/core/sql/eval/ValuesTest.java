package io.eventd.core.sql.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private static LocalDateTime dt(String s) {
        return Values.toDateTime(new Value.Str(s));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2038-01-01 00:00:00|2038-01-01T00:00",
            "2026-03-15 10:20:30.123456|2026-03-15T10:20:30.123456",
            "2026-03-15|2026-03-15T00:00",
            "2026-3-5 7:8:9|2026-03-05T07:08:09",
            "2026-03-15T10:20:30|2026-03-15T10:20:30",
            "2026/03/15 10*20*30|2026-03-15T10:20:30",
            "2026@03@15 10^20^30|2026-03-15T10:20:30",
            "2026.03.15 10+20+30|2026-03-15T10:20:30",
            "2026-03-15 10:20|2026-03-15T10:20",
            "98-12-31 11:30:45|1998-12-31T11:30:45",
            "69-12-31|2069-12-31T00:00",
            "70-01-01|1970-01-01T00:00",
            "20380101000000|2038-01-01T00:00",
            "20380101|2038-01-01T00:00",
            "380101|2038-01-01T00:00",
            "991231235959|1999-12-31T23:59:59",
            "20260315102030.5|2026-03-15T10:20:30.5",
            "  2026-03-15 10:20:30  |2026-03-15T10:20:30",
    })
    void readsMysqlDatetimeStrings(String text, String expected) {
        assertThat(dt(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-00-10", "0000-00-00 00:00:00", "2026-01-01 24:00:00",
            "2026-01-01 10:60:00", "every day", "", "2026", "2026-01", "20261301", "abc2026-01-01"})
    void invalidDatesAreNull(String text) {
        assertThat(dt(text)).isNull();
    }

    @Test
    void readsNumbersAsMysqlDatetimes() {
        assertThat(Values.toDateTime(new Value.Int(20380101000000L))).isEqualTo(LocalDateTime.of(2038, 1, 1, 0, 0));
        assertThat(Values.toDateTime(new Value.Int(20380101))).isEqualTo(LocalDateTime.of(2038, 1, 1, 0, 0));
        assertThat(Values.toDateTime(new Value.Int(380101))).isEqualTo(LocalDateTime.of(2038, 1, 1, 0, 0));
        assertThat(Values.toDateTime(new Value.Int(700101))).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
        assertThat(Values.toDateTime(new Value.Int(380101102030L))).isEqualTo(LocalDateTime.of(2038, 1, 1, 10, 20, 30));
        assertThat(Values.toDateTime(new Value.Int(10000101000000L))).isEqualTo(LocalDateTime.of(1000, 1, 1, 0, 0));
        assertThat(Values.toDateTime(new Value.Decimal(new BigDecimal("20380101000000.25"))))
                .isEqualTo(LocalDateTime.of(2038, 1, 1, 0, 0, 0, 250_000_000));
        assertThat(Values.toDateTime(new Value.Int(20260230))).isNull();
        assertThat(Values.toDateTime(new Value.Int(99))).isNull();
        assertThat(Values.toDateTime(new Value.Int(695000))).isNull();
        assertThat(Values.toDateTime(new Value.Int(-20380101))).isNull();
        assertThat(Values.toDateTime(Value.NULL)).isNull();
    }

    @Test
    void displaysValuesAsMysqlPrintsThem() {
        assertThat(Values.display(Value.NULL)).isEqualTo("NULL");
        assertThat(Values.text(Value.NULL)).isNull();
        assertThat(Values.display(new Value.Int(-42))).isEqualTo("-42");
        assertThat(Values.display(new Value.Decimal(new BigDecimal("0.5000")))).isEqualTo("0.5000");
        assertThat(Values.display(new Value.Str("every day"))).isEqualTo("every day");
        assertThat(Values.display(new Value.DateTime(LocalDateTime.of(2026, 3, 5, 7, 8, 9))))
                .isEqualTo("2026-03-05 07:08:09");
        assertThat(Values.display(new Value.DateTime(LocalDateTime.of(999, 1, 1, 0, 0, 0, 500_000_000))))
                .isEqualTo("0999-01-01 00:00:00.5");
    }

    @Test
    void truthIsNonZero() {
        assertThat(Values.truth(Value.NULL)).isNull();
        assertThat(Values.truth(new Value.Int(0))).isFalse();
        assertThat(Values.truth(new Value.Int(-1))).isTrue();
        assertThat(Values.truth(new Value.Decimal(new BigDecimal("0.00")))).isFalse();
        assertThat(Values.truth(new Value.Decimal(new BigDecimal("0.01")))).isTrue();
        assertThat(Values.truth(new Value.Str("abc"))).isFalse();
        assertThat(Values.truth(new Value.Str("1abc"))).isTrue();
        assertThat(Values.truth(new Value.Str("0.5"))).isTrue();
        assertThat(Values.truth(new Value.DateTime(LocalDateTime.of(2026, 1, 1, 0, 0)))).isTrue();
    }

    @Test
    void orderPutsNullsFirstAndComparesLikeMysql() {
        List<Value> values = new ArrayList<>(List.of(new Value.Str("b"), Value.NULL, new Value.Str("A"),
                new Value.Str("a "), new Value.Str("C")));
        values.sort(Values.ORDER);
        assertThat(values).extracting(Values::display).containsExactly("NULL", "A", "a ", "b", "C");

        List<Value> numbers = new ArrayList<>(List.of(new Value.Int(10), new Value.Decimal(new BigDecimal("9.5")),
                Value.NULL, new Value.Int(-3)));
        numbers.sort(Values.ORDER);
        assertThat(numbers).extracting(Values::display).containsExactly("NULL", "-3", "9.5", "10");
    }

    @Test
    void comparesWithMysqlCoercions() {
        Value noon = new Value.DateTime(LocalDateTime.of(2026, 3, 15, 12, 0));
        assertThat(Values.compare(noon, new Value.Str("2026-03-15 12:00:00"))).isZero();
        assertThat(Values.compare(noon, new Value.Str("2026-3-15 12:00"))).isZero();
        assertThat(Values.compare(noon, new Value.Str("2026-03-16"))).isNegative();
        assertThat(Values.compare(noon, new Value.Int(20260315120000L))).isZero();
        assertThat(Values.compare(new Value.Str("10"), new Value.Int(9))).isPositive();
        assertThat(Values.compare(new Value.Str("10"), new Value.Str("9"))).isNegative();
        assertThat(Values.compare(new Value.Str("abc"), new Value.Int(0))).isZero();
        assertThat(Values.compare(new Value.Str("Café"), new Value.Str("CAFE"))).isZero();
        assertThat(Values.compare(new Value.Str("abc  "), new Value.Str("ABC"))).isZero();
        assertThat(Values.compare(Value.NULL, new Value.Int(1))).isNull();
    }
}
