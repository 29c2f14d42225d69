package io.eventd.core.engine;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.Schedule;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.eval.EvalContext;
import io.eventd.core.sql.eval.ScheduleValues;

/**
 * Evaluates an {@code ON SCHEDULE} clause in MySQL's check order (shared/mysql-events.md 2.1): AT (1525), EVERY
 * value (1235, 1525, 1542), STARTS (1525; omitted = now), ENDS (1543 when invalid or not after STARTS).
 */
final class EventSchedules {
    /** The stored schedule, and whether its AT or ENDS lies before the statement's now (the past rule's input). */
    record Evaluated(Schedule schedule, boolean inPast) {
    }

    private EventSchedules() {
    }

    static Evaluated evaluate(ScheduleClause clause, EvalContext context) {
        long now = context.now();
        if (clause instanceof ScheduleClause.At at) {
            long executeAt = ScheduleValues.instant(at.at(), context, "AT");
            return new Evaluated(new Schedule.OneTime(executeAt), executeAt < now);
        }
        ScheduleClause.Every every = (ScheduleClause.Every) clause;
        Interval interval = ScheduleValues.interval(every.value(), every.unit(), context);
        long starts = every.starts() == null ? now : ScheduleValues.instant(every.starts(), context, "STARTS");
        Long ends = null;
        if (every.ends() != null) {
            ends = ScheduleValues.instantOrNull(every.ends(), context);
            if (ends == null || ends <= starts) {
                throw new SqlException(MysqlErrors.endsBeforeStarts());
            }
        }
        return new Evaluated(new Schedule.Recurring(interval, starts, ends), ends != null && ends < now);
    }
}
