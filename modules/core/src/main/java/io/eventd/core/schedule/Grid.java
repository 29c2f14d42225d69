package io.eventd.core.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The points of a recurring schedule laid on the local wall clock of the event's zone from STARTS
 * (shared/mysql-events.md 2.3 rules 5 and 6). Instants are UTC epoch seconds; null means the point lies beyond
 * what can be computed (MySQL's date arithmetic fails past year 9999), i.e. there is none.
 */
sealed interface Grid permits SecondGrid, MonthGrid {

    static Grid of(Schedule.Recurring schedule, ZoneId zone) {
        Interval interval = schedule.interval();
        return interval.isMonthBased()
                ? new MonthGrid(schedule.starts(), interval.baseAmount(), zone)
                : new SecondGrid(schedule.starts(), interval.baseAmount(), zone);
    }

    /** MySQL's {@code get_next_time}: the next point strictly after {@code now}, for {@code now >= STARTS}. */
    Long after(long now);

    /**
     * The first point strictly after {@code now} of the sequence a never-stopped scheduler produces after firing at
     * {@code from} (each next computed by {@link #after} at the previous firing); {@code from >= STARTS}.
     */
    Long resume(long from, long now);

    /** Wall-clock seconds of a local time, for local arithmetic independent of the zone's offsets. */
    static long wallSeconds(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC);
    }
}
