package io.eventd.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.time.MysqlZones;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Firings against {@link ReferenceSchedule} on random schedules: second grids anchored near the zone's DST
 * transitions, month grids anchored near month ends, with and without ENDS.
 */
class FiringsPropertiesTest {
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.of("+05:30"), ZoneOffset.of("-09:30"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("America/Havana"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Africa/Casablanca"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("America/St_Johns"));
    private static final long YEAR_2000 = 946_684_800L;
    private static final long YEAR_2037 = 2_114_380_800L;

    record Case(Schedule.Recurring schedule, ZoneId zone, long now) {
        ReferenceSchedule reference() {
            return new ReferenceSchedule(schedule, zone);
        }

        @Override
        public String toString() {
            return "EVERY " + IntervalFormat.render(schedule.interval()) + " " + schedule.interval().unit()
                    + " STARTS " + Times.local(schedule.starts(), zone)
                    + (schedule.ends() == null ? "" : " ENDS " + Times.local(schedule.ends(), zone))
                    + " in " + zone + ", now " + Times.local(now, zone) + " (UTC " + Times.local(now, Times.UTC) + ")";
        }
    }

    @Property(tries = 400)
    void firstDueIsMySqlsComputationAndNotBeforeNow(@ForAll("cases") Case c) {
        Long due = Firings.firstDue(c.schedule(), c.zone(), c.now(), null);
        assertThat(due).isEqualTo(c.reference().due(c.now(), null));
        if (due != null) {
            assertThat(due).isGreaterThanOrEqualTo(c.now());
        }
    }

    @Property(tries = 400)
    void nextAfterIsMySqlsComputationRightAfterAFiring(@ForAll("cases") Case c) {
        assertThat(Firings.nextAfter(c.schedule(), c.zone(), c.now())).isEqualTo(c.reference().next(c.now()));
    }

    @Property(tries = 300)
    void upcomingFiringsStrictlyIncreaseAlongTheSequence(@ForAll("cases") Case c) {
        List<Long> firings = Firings.upcoming(c.schedule(), c.zone(), c.now(), null, 25);
        for (int i = 1; i < firings.size(); i++) {
            assertThat(firings.get(i)).isGreaterThan(firings.get(i - 1))
                    .isEqualTo(c.reference().next(firings.get(i - 1)));
        }
    }

    @Property(tries = 400)
    void resumeIsTheFirstPointOfTheNeverStoppedSequenceAfterNow(@ForAll("cases") Case c,
            @ForAll @IntRange(min = -1, max = 400) int lastFiringIndex) {
        Long lastFiring = lastFiringIndex < 0 ? null : pickFiredPoint(c, lastFiringIndex);
        Long resumed = Firings.resume(c.schedule(), c.zone(), c.now(), lastFiring);
        assertThat(resumed).isEqualTo(c.reference().resume(c.now(), lastFiring));
        if (resumed != null && resumed <= c.now()) {
            assertThat(resumed).as("only a STARTS never fired can be due now").isEqualTo(c.schedule().starts())
                    .isEqualTo(c.now());
        }
    }

    /** A point of the never-stopped sequence at or before now, or null when none is. */
    private static Long pickFiredPoint(Case c, int index) {
        List<Long> fired = new ArrayList<>();
        Long point = c.reference().due(c.schedule().starts(), null);
        while (point != null && point <= c.now()) {
            fired.add(point);
            point = c.reference().next(point);
        }
        return fired.isEmpty() ? null : fired.get(index % fired.size());
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.oneOf(secondGridCases(), monthGridCases());
    }

    /** STARTS up to 150 steps before one of the zone's transitions, now within 80 steps around it. */
    private Arbitrary<Case> secondGridCases() {
        return Combinators.combine(Arbitraries.of(ZONES), secondIntervals(),
                        Arbitraries.longs().between(YEAR_2000, YEAR_2037), Arbitraries.integers().between(0, 150),
                        Arbitraries.integers().between(-20, 80), Arbitraries.longs().between(0, 1_000_000_000L),
                        Arbitraries.integers().between(-1, 240))
                .as((zone, interval, seed, stepsBefore, stepsAfter, jitter, endsHalfSteps) -> {
                    long step = interval.baseAmount();
                    long anchor = transitionAfter(zone, seed);
                    long starts = anchor - stepsBefore * step - jitter % step;
                    long now = anchor + stepsAfter * step + (jitter / 7) % step;
                    Long ends = endsHalfSteps < 0 ? null : starts + endsHalfSteps * step / 2;
                    return new Case(new Schedule.Recurring(interval, starts, ends), zone, now);
                });
    }

    /** Local STARTS weighted to days 28-31 (clamped), now up to 60 periods later. */
    private Arbitrary<Case> monthGridCases() {
        Arbitrary<LocalDateTime> localStarts = Combinators.combine(Arbitraries.integers().between(2000, 2036),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.integers().between(28, 31)),
                                Tuple.of(1, Arbitraries.integers().between(1, 27))),
                        Arbitraries.integers().between(0, 86_399))
                .as((year, month, day, second) -> YearMonth.of(year, month)
                        .atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth())).atStartOfDay()
                        .plusSeconds(second));
        return Combinators.combine(Arbitraries.of(ZONES), monthIntervals(), localStarts,
                        Arbitraries.integers().between(-1, 60), Arbitraries.longs().between(0, 40 * 86_400L),
                        Arbitraries.integers().between(-1, 120))
                .as((zone, interval, localStart, periods, jitter, endsHalfPeriods) -> {
                    long period = interval.baseAmount() * 2_629_746L;
                    long starts = MysqlZones.toEpochSecond(localStart, zone);
                    long now = starts + periods * period + jitter;
                    Long ends = endsHalfPeriods < 0 ? null : starts + endsHalfPeriods * period / 2;
                    return new Case(new Schedule.Recurring(interval, starts, ends), zone, now);
                });
    }

    private static Arbitrary<Interval> secondIntervals() {
        Arbitrary<Long> steps = Arbitraries.oneOf(Arbitraries.longs().between(1, 120),
                Arbitraries.longs().between(1, 120).map(n -> n * 60),
                Arbitraries.longs().between(1, 30).map(n -> n * 3_600),
                Arbitraries.longs().between(1, 10).map(n -> n * 86_400));
        return steps.flatMap(step -> Arbitraries.of(Arrays.stream(IntervalUnit.values())
                        .filter(u -> u.base() == IntervalUnit.Base.SECOND && step % u.baseFactor() == 0).toList())
                .map(unit -> new Interval(unit, step / unit.baseFactor())));
    }

    private static Arbitrary<Interval> monthIntervals() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 3).map(n -> new Interval(IntervalUnit.YEAR, n)),
                Arbitraries.longs().between(1, 4).map(n -> new Interval(IntervalUnit.QUARTER, 3 * n)),
                Arbitraries.longs().between(1, 14).map(n -> new Interval(IntervalUnit.MONTH, n)),
                Arbitraries.longs().between(1, 30).map(n -> new Interval(IntervalUnit.YEAR_MONTH, n)));
    }

    private static long transitionAfter(ZoneId zone, long seed) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(seed));
        return next == null ? seed : next.toEpochSecond();
    }
}
