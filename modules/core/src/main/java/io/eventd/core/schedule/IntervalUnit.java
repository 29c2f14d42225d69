package io.eventd.core.schedule;

/**
 * The units of {@code EVERY n unit} and {@code INTERVAL n unit}. Each unit has a stored base (MySQL's
 * "expression" is kept in it: months for QUARTER and YEAR_MONTH, days for WEEK, seconds for DAY_SECOND, ...)
 * and the number of fields its string form has.
 */
public enum IntervalUnit {
    YEAR(Base.MONTH, 12, 1, 1),
    QUARTER(Base.MONTH, 1, 3, 1),
    MONTH(Base.MONTH, 1, 1, 1),
    WEEK(Base.SECOND, 86_400, 7, 1),
    DAY(Base.SECOND, 86_400, 1, 1),
    HOUR(Base.SECOND, 3_600, 1, 1),
    MINUTE(Base.SECOND, 60, 1, 1),
    SECOND(Base.SECOND, 1, 1, 1),
    MICROSECOND(Base.MICROSECOND, 1, 1, 1),
    YEAR_MONTH(Base.MONTH, 1, 1, 2),
    DAY_HOUR(Base.SECOND, 3_600, 1, 2),
    DAY_MINUTE(Base.SECOND, 60, 1, 3),
    DAY_SECOND(Base.SECOND, 1, 1, 4),
    HOUR_MINUTE(Base.SECOND, 60, 1, 2),
    HOUR_SECOND(Base.SECOND, 1, 1, 3),
    MINUTE_SECOND(Base.SECOND, 1, 1, 2),
    DAY_MICROSECOND(Base.MICROSECOND, 1, 1, 5),
    HOUR_MICROSECOND(Base.MICROSECOND, 1, 1, 4),
    MINUTE_MICROSECOND(Base.MICROSECOND, 1, 1, 3),
    SECOND_MICROSECOND(Base.MICROSECOND, 1, 1, 2);

    /** Whether a unit's arithmetic is done in calendar months or in elapsed (local wall-clock) seconds. */
    public enum Base { MONTH, SECOND, MICROSECOND }

    private final Base base;
    private final long baseFactor;
    private final int storedFactor;
    private final int fields;

    IntervalUnit(Base base, long baseFactor, int storedFactor, int fields) {
        this.base = base;
        this.baseFactor = baseFactor;
        this.storedFactor = storedFactor;
        this.fields = fields;
    }

    public Base base() {
        return base;
    }

    /**
     * Months (MONTH base) or seconds (SECOND base) per unit of the stored value: YEAR stores years (12),
     * WEEK stores days (86400), DAY_MINUTE stores minutes (60).
     */
    public long baseFactor() {
        return baseFactor;
    }

    /** How many stored units one written unit is: 3 for QUARTER (stored in months), 7 for WEEK (days), else 1. */
    public int storedFactor() {
        return storedFactor;
    }

    /** Number of fields of the unit's string form ({@code 'D H:M:S'} has 4). */
    public int fields() {
        return fields;
    }

    public boolean isComposite() {
        return fields > 1;
    }

    public boolean isMicrosecond() {
        return base == Base.MICROSECOND;
    }

    /** Parses a unit keyword, case-insensitive; null if it is not one. */
    public static IntervalUnit fromKeyword(String word) {
        for (IntervalUnit u : values()) {
            if (u.name().equalsIgnoreCase(word)) {
                return u;
            }
        }
        return null;
    }
}
