package io.eventd.core.schedule;

import static io.eventd.core.schedule.Times.UTC;
import static io.eventd.core.schedule.Times.at;
import static io.eventd.core.schedule.Times.every;
import static io.eventd.core.schedule.Times.locals;
import static io.eventd.core.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.time.MysqlZones;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The grid on the event zone's wall clock (shared/mysql-events.md 2.3 rule 6). */
class FiringsTimeZoneTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aFixedOffsetZoneShiftsTheGrid() {
        ZoneId kolkataOffset = MysqlZones.resolve("+05:30", UTC);
        Schedule daily = every(1, IntervalUnit.DAY, at("2026-03-01 00:00:00", kolkataOffset), null);
        assertThat(locals(Firings.upcoming(daily, kolkataOffset, utc("2026-03-01 12:00:00"), null, 2), UTC))
                .containsExactly("2026-03-01 18:30:00", "2026-03-02 18:30:00");
    }

    @Test
    void aDailyEventKeepsItsLocalTimeAcrossDaylightSavingTime() {
        Schedule daily = every(1, IntervalUnit.DAY, at("2026-03-06 09:00:00", NEW_YORK), null);
        var firings = Firings.upcoming(daily, NEW_YORK, utc("2026-03-06 00:00:00"), null, 4);
        assertThat(locals(firings, NEW_YORK)).allMatch(s -> s.endsWith(" 09:00:00"));
        assertThat(locals(firings, UTC)).containsExactly(
                "2026-03-06 14:00:00", "2026-03-07 14:00:00", "2026-03-08 13:00:00", "2026-03-09 13:00:00");
    }

    @Test
    void theSystemZoneIsWhateverTheCallerResolvedItTo() {
        ZoneId system = MysqlZones.resolve("SYSTEM", NEW_YORK);
        Schedule daily = every(1, IntervalUnit.DAY, at("2026-03-07 09:00:00", NEW_YORK), null);
        long now = utc("2026-03-07 20:00:00");
        assertThat(Firings.firstDue(daily, system, now, null)).isEqualTo(Firings.firstDue(daily, NEW_YORK, now, null))
                .isEqualTo(utc("2026-03-08 13:00:00"));
    }

    @Test
    void afterTheBackwardShiftAnHourlyEventSkipsTheRepeatedHour() {
        Schedule hourly = every(1, IntervalUnit.HOUR, at("2026-10-25 00:00:00", BERLIN), null);
        var firings = Firings.upcoming(hourly, BERLIN, utc("2026-10-24 00:00:00"), null, 5);
        assertThat(locals(firings, UTC)).containsExactly(
                "2026-10-24 22:00:00", "2026-10-24 23:00:00", "2026-10-25 00:00:00", "2026-10-25 02:00:00",
                "2026-10-25 03:00:00");
        assertThat(locals(firings, BERLIN)).containsExactly(
                "2026-10-25 00:00:00", "2026-10-25 01:00:00", "2026-10-25 02:00:00", "2026-10-25 03:00:00",
                "2026-10-25 04:00:00");
    }

    @Test
    void afterTheBackwardShiftAFrequentEventPausesUntilLocalTimePassesItsNextPoint() {
        Schedule tenMinutes = every(10, IntervalUnit.MINUTE, at("2026-10-25 00:00:00", BERLIN), null);
        long lastBeforeShift = utc("2026-10-25 00:50:00");
        assertThat(Firings.nextAfter(tenMinutes, BERLIN, lastBeforeShift)).isEqualTo(utc("2026-10-25 02:00:00"));
        long secondPass = utc("2026-10-25 01:20:00");
        assertThat(Firings.firstDue(tenMinutes, BERLIN, secondPass, null)).isEqualTo(utc("2026-10-25 02:00:00"));
        assertThat(Firings.resume(tenMinutes, BERLIN, secondPass, lastBeforeShift)).isEqualTo(utc("2026-10-25 02:00:00"));
    }

    @Test
    void startsInTheRepeatedHourIsOnTheFirstPassAndCreatingDuringTheSecondPassWaitsForItsEnd() {
        long secondPassStart = utc("2026-10-25 01:10:00");
        Schedule tenMinutes = every(10, IntervalUnit.MINUTE, secondPassStart, null);
        assertThat(Firings.firstDue(tenMinutes, BERLIN, secondPassStart, null)).isEqualTo(secondPassStart);
        assertThat(Firings.nextAfter(tenMinutes, BERLIN, secondPassStart)).isEqualTo(utc("2026-10-25 02:00:00"));
    }

    @Test
    void inTheSpringForwardGapAnHourlyEventFiresAtTheGapsEnd() {
        Schedule hourly = every(1, IntervalUnit.HOUR, at("2026-03-29 00:00:00", BERLIN), null);
        var firings = Firings.upcoming(hourly, BERLIN, utc("2026-03-28 00:00:00"), null, 4);
        assertThat(locals(firings, UTC)).containsExactly(
                "2026-03-28 23:00:00", "2026-03-29 00:00:00", "2026-03-29 01:00:00", "2026-03-29 02:00:00");
        assertThat(locals(firings, BERLIN)).containsExactly(
                "2026-03-29 00:00:00", "2026-03-29 01:00:00", "2026-03-29 03:00:00", "2026-03-29 04:00:00");
    }

    @Test
    void aDailyEventInTheGapFiresAtTheStartOfTheGapThatDay() {
        Schedule daily = every(1, IntervalUnit.DAY, at("2026-03-27 02:30:00", BERLIN), null);
        var firings = Firings.upcoming(daily, BERLIN, utc("2026-03-27 00:00:00"), null, 4);
        assertThat(locals(firings, BERLIN)).containsExactly(
                "2026-03-27 02:30:00", "2026-03-28 02:30:00", "2026-03-29 03:00:00", "2026-03-30 02:30:00");
        assertThat(locals(firings, UTC)).containsExactly(
                "2026-03-27 01:30:00", "2026-03-28 01:30:00", "2026-03-29 01:00:00", "2026-03-30 00:30:00");
    }

    @Test
    void aMonthlyEventKeepsItsLocalTimeAndMonthEndsInItsZone() {
        Schedule monthly = every(1, IntervalUnit.MONTH, at("2026-01-31 23:30:00", NEW_YORK), null);
        var firings = Firings.upcoming(monthly, NEW_YORK, utc("2026-01-01 00:00:00"), null, 4);
        assertThat(locals(firings, NEW_YORK)).containsExactly(
                "2026-01-31 23:30:00", "2026-02-28 23:30:00", "2026-03-28 23:30:00", "2026-03-31 23:30:00");
        assertThat(locals(firings, UTC)).containsExactly(
                "2026-02-01 04:30:00", "2026-03-01 04:30:00", "2026-03-29 03:30:00", "2026-04-01 03:30:00");
    }
}
