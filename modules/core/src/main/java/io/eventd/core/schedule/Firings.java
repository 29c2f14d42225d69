package io.eventd.core.schedule;

import java.time.ZoneId;
import java.util.List;

/**
 * When an event fires (shared/mysql-events.md 2.3), as pure functions of its schedule, its time zone and an
 * instant. All instants are UTC epoch seconds; {@code null} means "no more firings". Status is not looked at.
 * CONTRACT STUB: the schedule helper replaces every body.
 */
public final class Firings {
    private Firings() {
    }

    /**
     * The first firing due at or after a DDL statement's {@code now} (rules 2, 3, 4, 5): a one-time event is due at
     * its AT (even when that is past, it fires at once) unless {@code lastExecuted} is set; a recurring event is due
     * at STARTS when {@code now <= STARTS} (unless now == STARTS == lastExecuted), else at the first grid point
     * strictly after now; null when past ENDS.
     */
    public static Long firstDue(Schedule schedule, ZoneId zone, long now, Long lastExecuted) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * The firing after the one at {@code firedAt}, as if the scheduler had never stopped (MySQL's sequence,
     * month-end double firings included); null when the schedule is over (one-time, ENDS, past 3001-01-18).
     */
    public static Long nextAfter(Schedule schedule, ZoneId zone, long firedAt) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Resuming after the whole cluster was down or the scheduler OFF (rule 8, no catch-up): the first point of the
     * never-stopped sequence (walked from {@code lastFiring}, or from STARTS when null) strictly after
     * {@code now}; an overdue one-time event never fired is due at once ({@code now}).
     */
    public static Long resume(Schedule schedule, ZoneId zone, long now, Long lastFiring) {
        throw new UnsupportedOperationException("stub");
    }

    /** Up to {@code count} coming firings starting with {@code firstDue(schedule, zone, now, lastExecuted)}. */
    public static List<Long> upcoming(Schedule schedule, ZoneId zone, long now, Long lastExecuted, int count) {
        throw new UnsupportedOperationException("stub");
    }
}
