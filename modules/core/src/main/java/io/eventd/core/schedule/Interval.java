package io.eventd.core.schedule;

import java.util.Objects;

/**
 * An event's interval as MySQL stores it: the unit as written and the "expression" in the unit's stored base
 * (EVERY 2 QUARTER is stored as 6, EVERY '1 2' DAY_HOUR as 26). See {@link IntervalUnit}.
 */
public record Interval(IntervalUnit unit, long storedValue) {
    public Interval {
        Objects.requireNonNull(unit, "unit");
    }

    /** The interval's length in the unit base's terms: months for month-based units, seconds otherwise. */
    public long baseAmount() {
        return storedValue * unit.baseFactor();
    }

    public boolean isMonthBased() {
        return unit.base() == IntervalUnit.Base.MONTH;
    }
}
