package io.eventd.core.schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When an event fires (shared/mysql-events.md 2.3), as pure functions of its schedule, its time zone and an
 * instant. All instants are UTC epoch seconds; {@code null} means "no more firings". Status is not looked at.
 * The grid arithmetic is in {@link SecondGrid} and {@link MonthGrid}; this class applies STARTS, ENDS (inclusive),
 * one-time events and the last representable instant.
 */
public final class Firings {
    /** The last instant MySQL can store (3001-01-18 23:59:59 UTC); a schedule is over beyond it. */
    public static final long LAST_INSTANT = 32_536_771_199L;

    private Firings() {
    }

    /**
     * The first firing due at or after a DDL statement's {@code now} (rules 2, 3, 4, 5): a one-time event is due at
     * its AT (even when that is past, it fires at once) unless {@code lastExecuted} is set; a recurring event is due
     * at STARTS when {@code now <= STARTS} (unless now == STARTS == lastExecuted), else at the first grid point
     * strictly after now; null when past ENDS.
     */
    public static Long firstDue(Schedule schedule, ZoneId zone, long now, Long lastExecuted) {
        if (schedule instanceof Schedule.OneTime once) {
            return lastExecuted == null ? bounded(once.executeAt(), null) : null;
        }
        Schedule.Recurring recurring = (Schedule.Recurring) schedule;
        if ((recurring.ends() != null && now > recurring.ends()) || now > LAST_INSTANT) {
            return null;
        }
        long starts = recurring.starts();
        if (now < starts || now == starts && !Objects.equals(lastExecuted, starts)) {
            return bounded(starts, recurring.ends());
        }
        return bounded(Grid.of(recurring, zone).after(now), recurring.ends());
    }

    /**
     * The firing after the one at {@code firedAt}, as if the scheduler had never stopped (MySQL's sequence,
     * month-end double firings included); null when the schedule is over (one-time, ENDS, past 3001-01-18).
     * It is MySQL's recomputation right after a firing: {@link #firstDue} with now = last executed = firedAt.
     */
    public static Long nextAfter(Schedule schedule, ZoneId zone, long firedAt) {
        return firstDue(schedule, zone, firedAt, firedAt);
    }

    /**
     * Resuming after the whole cluster was down or the scheduler OFF (rule 8, no catch-up): the first point of the
     * never-stopped sequence (walked from {@code lastFiring}, or from STARTS when null) strictly after
     * {@code now}; an overdue one-time event never fired is due at once ({@code now}). As in MySQL's rule 4, a
     * STARTS not yet fired and equal to now is due now.
     */
    public static Long resume(Schedule schedule, ZoneId zone, long now, Long lastFiring) {
        if (schedule instanceof Schedule.OneTime once) {
            return lastFiring == null ? bounded(Math.max(once.executeAt(), now), null) : null;
        }
        Schedule.Recurring recurring = (Schedule.Recurring) schedule;
        if (now > LAST_INSTANT) {
            return null;
        }
        long starts = recurring.starts();
        boolean startsPending = lastFiring == null || lastFiring < starts;
        if (startsPending && starts >= now) {
            return bounded(starts, recurring.ends());
        }
        long from = startsPending ? starts : lastFiring;
        return bounded(Grid.of(recurring, zone).resume(from, now), recurring.ends());
    }

    /** Up to {@code count} coming firings starting with {@code firstDue(schedule, zone, now, lastExecuted)}. */
    public static List<Long> upcoming(Schedule schedule, ZoneId zone, long now, Long lastExecuted, int count) {
        List<Long> firings = new ArrayList<>();
        Long next = firstDue(schedule, zone, now, lastExecuted);
        while (next != null && firings.size() < count) {
            firings.add(next);
            next = nextAfter(schedule, zone, next);
        }
        return firings;
    }

    private static Long bounded(Long instant, Long ends) {
        boolean over = instant == null || instant > LAST_INSTANT || ends != null && instant > ends;
        return over ? null : instant;
    }
}
