package io.eventd.core.schedule;

import java.util.Objects;

/**
 * When an event fires: once at an instant, or every interval on the grid anchored at STARTS, up to an
 * inclusive ENDS. All instants are UTC epoch seconds; the grid is laid on the event's time zone wall clock.
 */
public sealed interface Schedule permits Schedule.OneTime, Schedule.Recurring {

    /** {@code ON SCHEDULE AT executeAt}. */
    record OneTime(long executeAt) implements Schedule {
    }

    /** {@code ON SCHEDULE EVERY interval STARTS starts [ENDS ends]}; {@code ends} is null when not given. */
    record Recurring(Interval interval, long starts, Long ends) implements Schedule {
        public Recurring {
            Objects.requireNonNull(interval, "interval");
        }
    }
}
