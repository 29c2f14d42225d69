package io.eventd.bench;

import io.eventd.core.schedule.Firings;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Next-firing computations. The nextAfter benchmarks walk each schedule's sequence firing after firing (so month
 * ends and DST changes come round), starting over after {@link #WALK_YEARS} years; the resume benchmarks compute
 * the first firing after a {@link #DOWNTIME_DAYS}-day outage.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class FiringsBenchmark {
    private static final long WALK_YEARS = 20;
    private static final long DOWNTIME_DAYS = 400;
    private static final long YEAR_SECONDS = 365L * 86_400;

    private final ZoneId utc = ZoneOffset.UTC;
    private final ZoneId berlin = MysqlZones.resolve("Europe/Berlin", ZoneOffset.UTC);

    private final long start = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private final long day31 = LocalDateTime.of(2026, 1, 31, 12, 0).toEpochSecond(ZoneOffset.UTC);
    private final long berlinStart = MysqlZones.toEpochSecond(LocalDateTime.of(2026, 1, 1, 0, 0), berlin);

    private final Schedule everySecond = recurring(IntervalUnit.SECOND, start);
    private final Schedule monthlyOn31st = recurring(IntervalUnit.MONTH, day31);
    private final Schedule hourlyBerlin = recurring(IntervalUnit.HOUR, berlinStart);

    private long secondAt = start;
    private long monthAt = day31;
    private long berlinAt = berlinStart;

    /** Last fired a few months after STARTS, then down for DOWNTIME_DAYS. */
    private final long lastFiring = start + 100 * 86_400L;
    private final long resumedAt = lastFiring + DOWNTIME_DAYS * 86_400L + 1234;

    @Benchmark
    public long nextAfterEverySecond() {
        secondAt = walk(everySecond, utc, secondAt, start);
        return secondAt;
    }

    @Benchmark
    public long nextAfterEveryMonthStartsOn31st() {
        monthAt = walk(monthlyOn31st, utc, monthAt, day31);
        return monthAt;
    }

    @Benchmark
    public long nextAfterEveryHourEuropeBerlin() {
        berlinAt = walk(hourlyBerlin, berlin, berlinAt, berlinStart);
        return berlinAt;
    }

    @Benchmark
    public Long resumeEverySecond() {
        return Firings.resume(everySecond, utc, resumedAt, lastFiring);
    }

    @Benchmark
    public Long resumeEveryMonthStartsOn31st() {
        return Firings.resume(monthlyOn31st, utc, resumedAt, lastFiring);
    }

    @Benchmark
    public Long resumeEveryHourEuropeBerlin() {
        return Firings.resume(hourlyBerlin, berlin, resumedAt, lastFiring);
    }

    /** The firing after {@code at}, or {@code first} again once the walk has gone WALK_YEARS past it. */
    private static long walk(Schedule schedule, ZoneId zone, long at, long first) {
        Long next = Firings.nextAfter(schedule, zone, at);
        return next == null || next - first > WALK_YEARS * YEAR_SECONDS ? first : next;
    }

    private static Schedule recurring(IntervalUnit unit, long starts) {
        return new Schedule.Recurring(new Interval(unit, 1), starts, null);
    }
}
