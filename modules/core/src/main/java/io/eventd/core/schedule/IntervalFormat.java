package io.eventd.core.schedule;

/**
 * The interval as SHOW CREATE EVENT and information_schema.EVENTS.INTERVAL_VALUE print it
 * (shared/mysql-events.md 1.3): {@code 5}, {@code '2-5'}, {@code '1 11:56'}, quotes included for composite units.
 * The stored value is split back into the unit's fields, the largest one taking the rest (HOUR_MINUTE does not
 * fold hours into days); no zero padding.
 */
public final class IntervalFormat {
    private IntervalFormat() {
    }

    public static String render(Interval interval) {
        long v = interval.storedValue();
        return switch (interval.unit()) {
            case YEAR_MONTH -> quoted(v / 12 + "-" + v % 12);
            case DAY_HOUR -> quoted(v / 24 + " " + v % 24);
            case DAY_MINUTE -> quoted(v / 1_440 + " " + bySixty(v % 1_440));
            case DAY_SECOND -> quoted(v / 86_400 + " " + hoursMinutesSeconds(v % 86_400));
            case HOUR_MINUTE, MINUTE_SECOND -> quoted(bySixty(v));
            case HOUR_SECOND -> quoted(hoursMinutesSeconds(v));
            case MICROSECOND, DAY_MICROSECOND, HOUR_MICROSECOND, MINUTE_MICROSECOND, SECOND_MICROSECOND ->
                    throw new IllegalArgumentException("MICROSECOND intervals are never stored: " + interval);
            default -> Long.toString(v / interval.unit().storedFactor());
        };
    }

    /** {@code 'H:M'} from minutes or {@code 'M:S'} from seconds. */
    private static String bySixty(long v) {
        return v / 60 + ":" + v % 60;
    }

    private static String hoursMinutesSeconds(long seconds) {
        return seconds / 3_600 + ":" + bySixty(seconds % 3_600);
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }
}
