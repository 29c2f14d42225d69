package io.eventd.core.schedule;

/**
 * The interval as SHOW CREATE EVENT and information_schema.EVENTS.INTERVAL_VALUE print it
 * (shared/mysql-events.md 1.3): {@code 5}, {@code '2-5'}, {@code '1 11:56'}, quotes included for composite units.
 * CONTRACT STUB: the schedule helper replaces the body.
 */
public final class IntervalFormat {
    private IntervalFormat() {
    }

    public static String render(Interval interval) {
        throw new UnsupportedOperationException("stub");
    }
}
