package io.eventd.core.sql.eval;

import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.expr.Expr;

/**
 * Evaluation of the schedule clause's expressions into stored values, with MySQL's errors
 * (shared/mysql-events.md 1.3, 1.4). CONTRACT STUB: the eval helper replaces every body.
 */
public final class ScheduleValues {
    private ScheduleValues() {
    }

    /**
     * First check of CREATE/ALTER: 1235 when any expression of the clause holds a subquery that reads a table or
     * a stored-function call (an unknown function name).
     */
    public static void checkNoSubqueries(ScheduleClause clause) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * AT / STARTS value: the datetime read in the session zone, as UTC epoch seconds, fractions dropped; 1525
     * {@code Incorrect <what> value: '<value>'} when not a valid datetime, NULL or outside
     * 1970-01-01 00:00:01 … 3001-01-18 23:59:59 UTC. 1241 for a row value.
     */
    public static long instant(Expr expr, EvalContext context, String what) {
        throw new UnsupportedOperationException("stub");
    }

    /** ENDS value: like {@link #instant} but null where instant would fail with 1525 (the caller raises 1543). */
    public static Long instantOrNull(Expr expr, EvalContext context) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * EVERY value: 1235 for MICROSECOND units (checked first), 1525 {@code Incorrect INTERVAL value: '…'} for NULL
     * or a composite string with too many fields, 1542 when the stored value is not positive or above 1e9.
     */
    public static Interval interval(Expr value, IntervalUnit unit, EvalContext context) {
        throw new UnsupportedOperationException("stub");
    }
}
