package io.eventd.core.schedule;

import static io.eventd.core.schedule.Times.UTC;
import static io.eventd.core.schedule.Times.every;
import static io.eventd.core.schedule.Times.locals;
import static io.eventd.core.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grid of every unit, and MySQL's month-end sequences (shared/mysql-events.md 2.3 rule 5). */
class FiringsUnitsTest {

    static Stream<Arguments> everyUnit() {
        return Stream.of(
                Arguments.of(IntervalUnit.YEAR, 1, List.of("2026-01-31 10:00:00", "2027-01-31 10:00:00", "2028-01-31 10:00:00")),
                Arguments.of(IntervalUnit.QUARTER, 3, List.of("2026-01-31 10:00:00", "2026-04-30 10:00:00",
                        "2026-07-30 10:00:00", "2026-07-31 10:00:00", "2026-10-31 10:00:00")),
                Arguments.of(IntervalUnit.MONTH, 2, List.of("2026-01-31 10:00:00", "2026-03-31 10:00:00", "2026-05-31 10:00:00")),
                Arguments.of(IntervalUnit.YEAR_MONTH, 13, List.of("2026-01-31 10:00:00", "2027-02-28 10:00:00",
                        "2028-03-28 10:00:00", "2028-03-31 10:00:00")),
                Arguments.of(IntervalUnit.WEEK, 14, List.of("2026-01-31 10:00:00", "2026-02-14 10:00:00", "2026-02-28 10:00:00")),
                Arguments.of(IntervalUnit.DAY, 1, List.of("2026-01-31 10:00:00", "2026-02-01 10:00:00", "2026-02-02 10:00:00")),
                Arguments.of(IntervalUnit.HOUR, 5, List.of("2026-01-31 10:00:00", "2026-01-31 15:00:00", "2026-01-31 20:00:00")),
                Arguments.of(IntervalUnit.MINUTE, 90, List.of("2026-01-31 10:00:00", "2026-01-31 11:30:00", "2026-01-31 13:00:00")),
                Arguments.of(IntervalUnit.SECOND, 45, List.of("2026-01-31 10:00:00", "2026-01-31 10:00:45", "2026-01-31 10:01:30")),
                Arguments.of(IntervalUnit.DAY_HOUR, 26, List.of("2026-01-31 10:00:00", "2026-02-01 12:00:00", "2026-02-02 14:00:00")),
                Arguments.of(IntervalUnit.DAY_MINUTE, 1_441, List.of("2026-01-31 10:00:00", "2026-02-01 10:01:00", "2026-02-02 10:02:00")),
                Arguments.of(IntervalUnit.DAY_SECOND, 86_401, List.of("2026-01-31 10:00:00", "2026-02-01 10:00:01", "2026-02-02 10:00:02")),
                Arguments.of(IntervalUnit.HOUR_MINUTE, 61, List.of("2026-01-31 10:00:00", "2026-01-31 11:01:00", "2026-01-31 12:02:00")),
                Arguments.of(IntervalUnit.HOUR_SECOND, 3_601, List.of("2026-01-31 10:00:00", "2026-01-31 11:00:01", "2026-01-31 12:00:02")),
                Arguments.of(IntervalUnit.MINUTE_SECOND, 61, List.of("2026-01-31 10:00:00", "2026-01-31 10:01:01", "2026-01-31 10:02:02")));
    }

    @ParameterizedTest(name = "EVERY stored {1} {0}")
    @MethodSource("everyUnit")
    void eachUnitStepsItsStoredValueFromStarts(IntervalUnit unit, long stored, List<String> expected) {
        long starts = utc("2026-01-31 10:00:00");
        List<Long> firings = Firings.upcoming(every(stored, unit, starts, null), UTC, starts, null, expected.size());
        assertThat(locals(firings, UTC)).containsExactlyElementsOf(expected);
    }

    @Test
    void monthlyFromTheThirtyFirstFiresTwiceInSomeMonths() {
        long starts = utc("2026-01-31 10:00:00");
        List<Long> firings = Firings.upcoming(every(1, IntervalUnit.MONTH, starts, null), UTC, starts, null, 21);
        assertThat(locals(firings, UTC)).extracting(s -> s.substring(0, 10)).containsExactly(
                "2026-01-31", "2026-02-28", "2026-03-28", "2026-03-31", "2026-04-30", "2026-05-30", "2026-05-31",
                "2026-06-30", "2026-07-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-30", "2026-10-31",
                "2026-11-30", "2026-12-30", "2026-12-31", "2027-01-31", "2027-02-28", "2027-03-28", "2027-03-31");
        assertThat(locals(firings, UTC)).filteredOn(s -> s.startsWith("2026")).hasSize(17)
                .allMatch(s -> s.endsWith(" 10:00:00"));
    }

    @Test
    void monthlyFromTheThirtiethFiresTwiceInMarch() {
        long starts = utc("2026-01-30 10:00:00");
        List<Long> firings = Firings.upcoming(every(1, IntervalUnit.MONTH, starts, null), UTC, starts, null, 6);
        assertThat(locals(firings, UTC)).extracting(s -> s.substring(0, 10)).containsExactly(
                "2026-01-30", "2026-02-28", "2026-03-28", "2026-03-30", "2026-04-30", "2026-05-30");
    }

    @Test
    void monthlyFromTheTwentyEighthIsPlainMonthly() {
        long starts = utc("2026-01-28 10:00:00");
        List<Long> firings = Firings.upcoming(every(1, IntervalUnit.MONTH, starts, null), UTC, starts, null, 4);
        assertThat(locals(firings, UTC)).extracting(s -> s.substring(0, 10))
                .containsExactly("2026-01-28", "2026-02-28", "2026-03-28", "2026-04-28");
    }

    @Test
    void yearlyFromALeapDayFiresTwiceInTheNextLeapYear() {
        long starts = utc("2028-02-29 00:00:00");
        List<Long> firings = Firings.upcoming(every(1, IntervalUnit.YEAR, starts, null), UTC, starts, null, 7);
        assertThat(locals(firings, UTC)).extracting(s -> s.substring(0, 10)).containsExactly(
                "2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-28", "2032-02-29", "2033-02-28");
    }

    @Test
    void aStatementBetweenTheClampedPointsComputesFromStartsAndSkipsTheExtraFiring() {
        Schedule monthly = every(1, IntervalUnit.MONTH, utc("2026-01-31 10:00:00"), null);
        assertThat(Firings.firstDue(monthly, UTC, utc("2026-03-01 00:00:00"), utc("2026-02-28 10:00:00")))
                .isEqualTo(utc("2026-03-31 10:00:00"));
    }

    @Test
    void resumingWalksTheNeverStoppedSequenceAndKeepsTheExtraFiring() {
        Schedule monthly = every(1, IntervalUnit.MONTH, utc("2026-01-31 10:00:00"), null);
        assertThat(Firings.resume(monthly, UTC, utc("2026-03-01 00:00:00"), utc("2026-02-28 10:00:00")))
                .isEqualTo(utc("2026-03-28 10:00:00"));
        assertThat(Firings.resume(monthly, UTC, utc("2026-03-01 00:00:00"), null))
                .isEqualTo(utc("2026-03-28 10:00:00"));
        assertThat(Firings.resume(monthly, UTC, utc("2036-05-30 12:00:00"), null))
                .isEqualTo(utc("2036-05-31 10:00:00"));
        assertThat(Firings.resume(monthly, UTC, utc("2036-05-29 12:00:00"), utc("2026-02-28 10:00:00")))
                .isEqualTo(utc("2036-05-30 10:00:00"));
        Schedule sinceNineteenSeventy = every(1, IntervalUnit.MONTH, utc("1970-01-31 10:00:00"), null);
        assertThat(Firings.resume(sinceNineteenSeventy, UTC, utc("3000-12-01 00:00:00"), utc("1970-02-28 10:00:00")))
                .isEqualTo(utc("3000-12-30 10:00:00"));
    }

    @Test
    void secondUnitsResumeOnTheGridWithoutCatchingUp() {
        Schedule everyTenSeconds = every(10, IntervalUnit.SECOND, utc("2000-01-01 00:00:03"), null);
        long now = utc("2999-12-31 23:59:59");
        assertThat(Firings.resume(everyTenSeconds, UTC, now, utc("2000-01-01 00:00:13")))
                .isEqualTo(utc("3000-01-01 00:00:03"));
        assertThat(Firings.nextAfter(everyTenSeconds, UTC, utc("2026-05-05 12:00:07")))
                .as("a late firing goes back to the grid").isEqualTo(utc("2026-05-05 12:00:13"));
    }
}
