package io.eventd.core.schedule;

import static io.eventd.core.schedule.Times.UTC;
import static io.eventd.core.schedule.Times.every;
import static io.eventd.core.schedule.Times.locals;
import static io.eventd.core.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** STARTS (rule 4), ENDS (inclusive), one-time events (rule 2), resuming (rule 8) and the 3001 limit. */
class FiringsRulesTest {
    private static final long STARTS = utc("2026-06-01 10:00:00");
    private static final Schedule HOURLY = every(1, IntervalUnit.HOUR, STARTS, null);

    @Test
    void startsInTheFutureOrNowIsDue() {
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS - 3_600, null)).isEqualTo(STARTS);
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS, null)).isEqualTo(STARTS);
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS, STARTS - 7_200)).isEqualTo(STARTS);
    }

    @Test
    void startsAlreadyExecutedAtNowIsNotDueTwice() {
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS, STARTS)).isEqualTo(STARTS + 3_600);
        assertThat(Firings.nextAfter(HOURLY, UTC, STARTS)).isEqualTo(STARTS + 3_600);
    }

    @Test
    void pastStartsKeepsItsGridAndTheNextPointIsStrictlyAfterNow() {
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS + 1, null)).isEqualTo(STARTS + 3_600);
        assertThat(Firings.firstDue(HOURLY, UTC, STARTS + 3_600, null)).isEqualTo(STARTS + 7_200);
        assertThat(Firings.firstDue(HOURLY, UTC, utc("2026-06-03 17:59:59"), null)).isEqualTo(utc("2026-06-03 18:00:00"));
    }

    @Test
    void aGridPointEqualToEndsFires() {
        Schedule schedule = every(1, IntervalUnit.HOUR, STARTS, STARTS + 7_200);
        assertThat(locals(Firings.upcoming(schedule, UTC, STARTS, null, 10), UTC))
                .containsExactly("2026-06-01 10:00:00", "2026-06-01 11:00:00", "2026-06-01 12:00:00");
        assertThat(Firings.nextAfter(schedule, UTC, STARTS + 7_200)).isNull();
    }

    @Test
    void aGridPointOneSecondAfterEndsDoesNot() {
        Schedule schedule = every(1, IntervalUnit.HOUR, STARTS, STARTS + 7_199);
        assertThat(locals(Firings.upcoming(schedule, UTC, STARTS, null, 10), UTC))
                .containsExactly("2026-06-01 10:00:00", "2026-06-01 11:00:00");
        assertThat(Firings.nextAfter(schedule, UTC, STARTS + 3_600)).isNull();
    }

    @Test
    void nowAfterEndsOrNoPointLeftBeforeEndsMeansNoFiring() {
        Schedule schedule = every(1, IntervalUnit.HOUR, STARTS, STARTS + 5_400);
        assertThat(Firings.firstDue(schedule, UTC, STARTS + 5_401, null)).isNull();
        assertThat(Firings.firstDue(schedule, UTC, STARTS + 5_400, null)).isNull();
        assertThat(Firings.firstDue(schedule, UTC, STARTS + 3_599, null)).isEqualTo(STARTS + 3_600);
        assertThat(Firings.resume(schedule, UTC, STARTS + 5_401, STARTS)).isNull();
        assertThat(Firings.upcoming(schedule, UTC, STARTS + 5_401, null, 3)).isEmpty();
    }

    @Test
    void aOneTimeEventIsDueAtItsTimeEvenWhenPastUntilItRan() {
        Schedule once = new Schedule.OneTime(STARTS);
        assertThat(Firings.firstDue(once, UTC, STARTS + 600, null)).isEqualTo(STARTS);
        assertThat(Firings.firstDue(once, UTC, STARTS - 600, null)).isEqualTo(STARTS);
        assertThat(Firings.firstDue(once, UTC, STARTS - 600, STARTS - 900)).isNull();
        assertThat(Firings.nextAfter(once, UTC, STARTS)).isNull();
        assertThat(Firings.upcoming(once, UTC, STARTS - 600, null, 5)).containsExactly(STARTS);
    }

    @Test
    void anOverdueOneTimeEventResumesAtOnceAndOnlyIfItNeverRan() {
        Schedule once = new Schedule.OneTime(STARTS);
        assertThat(Firings.resume(once, UTC, STARTS + 86_400, null)).isEqualTo(STARTS + 86_400);
        assertThat(Firings.resume(once, UTC, STARTS - 60, null)).isEqualTo(STARTS);
        assertThat(Firings.resume(once, UTC, STARTS + 86_400, STARTS)).isNull();
    }

    @Test
    void resumingAnEventThatNeverRanStartsAtStarts() {
        assertThat(Firings.resume(HOURLY, UTC, STARTS - 1, null)).isEqualTo(STARTS);
        assertThat(Firings.resume(HOURLY, UTC, STARTS, null)).isEqualTo(STARTS);
        assertThat(Firings.resume(HOURLY, UTC, STARTS + 1, null)).isEqualTo(STARTS + 3_600);
        assertThat(Firings.resume(HOURLY, UTC, STARTS, STARTS)).isEqualTo(STARTS + 3_600);
        assertThat(Firings.resume(HOURLY, UTC, STARTS - 1, STARTS - 86_400))
                .as("a firing of an earlier schedule").isEqualTo(STARTS);
    }

    @Test
    void resumingSkipsEveryMissedPoint() {
        assertThat(Firings.resume(HOURLY, UTC, utc("2026-06-20 07:30:00"), STARTS + 3_600))
                .isEqualTo(utc("2026-06-20 08:00:00"));
        assertThat(Firings.resume(HOURLY, UTC, utc("2026-06-20 08:00:00"), STARTS + 3_600))
                .isEqualTo(utc("2026-06-20 09:00:00"));
    }

    @Test
    void theLastInstantIsTheLastPossibleFiring() {
        long starts = utc("3001-01-17 23:59:59");
        Schedule daily = every(1, IntervalUnit.DAY, starts, null);
        assertThat(Firings.upcoming(daily, UTC, starts, null, 5)).containsExactly(starts, Firings.LAST_INSTANT);
        assertThat(Firings.LAST_INSTANT).isEqualTo(utc("3001-01-18 23:59:59"));
        assertThat(Firings.nextAfter(every(1, IntervalUnit.SECOND, starts, null), UTC, Firings.LAST_INSTANT)).isNull();
        assertThat(Firings.resume(daily, UTC, Firings.LAST_INSTANT, null)).isNull();
        assertThat(Firings.firstDue(every(1, IntervalUnit.MONTH, starts, null), UTC, starts + 1, null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = IntervalUnit.class, names = {"YEAR", "QUARTER", "MONTH", "YEAR_MONTH", "WEEK", "DAY", "HOUR",
            "MINUTE", "DAY_HOUR", "DAY_MINUTE", "HOUR_MINUTE"})
    void theLargestIntervalOfACoarseUnitLeavesOnlyStarts(IntervalUnit unit) {
        Schedule huge = every(1_000_000_000L, unit, STARTS, null);
        assertThat(Firings.upcoming(huge, UTC, STARTS, null, 3)).containsExactly(STARTS);
        assertThat(Firings.firstDue(huge, UTC, utc("2900-01-01 00:00:00"), null)).isNull();
        assertThat(Firings.resume(huge, UTC, utc("2900-01-01 00:00:00"), STARTS)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = IntervalUnit.class, names = {"SECOND", "DAY_SECOND", "HOUR_SECOND", "MINUTE_SECOND"})
    void theLargestIntervalInSecondsIsAboutThirtyYears(IntervalUnit unit) {
        Schedule huge = every(1_000_000_000L, unit, STARTS, null);
        assertThat(Firings.upcoming(huge, UTC, STARTS, null, 3))
                .containsExactly(STARTS, STARTS + 1_000_000_000L, STARTS + 2_000_000_000L);
        assertThat(Firings.resume(huge, UTC, utc("2900-01-01 00:00:00"), STARTS)).isEqualTo(STARTS + 28_000_000_000L);
    }
}
