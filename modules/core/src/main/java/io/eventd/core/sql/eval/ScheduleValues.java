package io.eventd.core.sql.eval;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.time.MysqlZones;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * Evaluation of the schedule clause's expressions into stored values, with MySQL's errors
 * (shared/mysql-events.md 1.3, 1.4).
 */
public final class ScheduleValues {
    /** EVEX_MAX_INTERVAL_VALUE, counted in the unit's stored base. */
    private static final long MAX_INTERVAL = 1_000_000_000L;
    /** 1970-01-01 00:00:01 UTC: MySQL's first valid TIMESTAMP second. */
    private static final long MIN_EPOCH_SECOND = 1;

    private ScheduleValues() {
    }

    /**
     * First check of CREATE/ALTER: 1235 when any expression of the clause holds a subquery that reads a table or
     * a stored-function call (an unknown function name). Constant subqueries are left to evaluation.
     */
    public static void checkNoSubqueries(ScheduleClause clause) {
        Deque<Expr> pending = new ArrayDeque<>();
        if (clause instanceof ScheduleClause.At at) {
            pending.push(at.at());
        } else if (clause instanceof ScheduleClause.Every every) {
            Stream.of(every.value(), every.starts(), every.ends()).filter(e -> e != null).forEach(pending::push);
        }
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            if (e instanceof Expr.Subquery q && q.readsTable()
                    || e instanceof Expr.FunctionCall f && !BuiltinFunctions.isBuiltIn(f.name())) {
                throw new SqlException(MysqlErrors.subqueryInSchedule());
            }
            ExprChildren.of(e).forEach(pending::push);
        }
    }

    /**
     * AT / STARTS value: the datetime read in the session zone, as UTC epoch seconds, fractions dropped; 1525
     * {@code Incorrect <what> value: '<value>'} when not a valid datetime, NULL or outside
     * 1970-01-01 00:00:01 … 3001-01-18 23:59:59 UTC. 1241 for a row value.
     */
    public static long instant(Expr expr, EvalContext context, String what) {
        Value v = new Evaluator(context).eval(expr);
        Long epoch = epochSecond(v, context);
        if (epoch == null) {
            throw new SqlException(MysqlErrors.wrongValue(what, Values.display(v)));
        }
        return epoch;
    }

    /** ENDS value: like {@link #instant} but null where instant would fail with 1525 (the caller raises 1543). */
    public static Long instantOrNull(Expr expr, EvalContext context) {
        return epochSecond(new Evaluator(context).eval(expr), context);
    }

    private static Long epochSecond(Value v, EvalContext context) {
        LocalDateTime local = Values.toDateTime(v);
        if (local == null) {
            return null;
        }
        long epoch = MysqlZones.toEpochSecond(local.withNano(0), context.sessionZone());
        return epoch < MIN_EPOCH_SECOND || epoch > DateTimeFunctions.MAX_EPOCH_SECOND ? null : epoch;
    }

    /**
     * EVERY value: 1235 for MICROSECOND units (checked first), 1525 {@code Incorrect INTERVAL value: '…'} for NULL
     * or a composite string with too many fields, 1542 when the stored value is not positive or above 1e9.
     */
    public static Interval interval(Expr value, IntervalUnit unit, EvalContext context) {
        if (unit.isMicrosecond()) {
            throw new SqlException(MysqlErrors.notSupportedYet("MICROSECOND"));
        }
        Value v = new Evaluator(context).eval(value);
        IntervalAmount amount = IntervalAmount.read(v, unit);
        if (amount == null) {
            throw new SqlException(MysqlErrors.wrongValue("INTERVAL", Values.display(v)));
        }
        long inBase = unit.base() == IntervalUnit.Base.MONTH ? amount.months() : amount.seconds();
        long stored = inBase / unit.baseFactor();
        if (amount.negative() || stored <= 0 || stored > MAX_INTERVAL) {
            throw new SqlException(MysqlErrors.intervalNotPositiveOrTooBig());
        }
        return new Interval(unit, stored);
    }
}
