package io.eventd.core.sql.ast;

import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.expr.Expr;
import java.util.Objects;

/** {@code ON SCHEDULE …} before evaluation. */
public sealed interface ScheduleClause {

    /** {@code AT expr}. */
    record At(Expr at) implements ScheduleClause {
        public At {
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code EVERY value unit [STARTS expr] [ENDS expr]}; starts/ends null when not written. */
    record Every(Expr value, IntervalUnit unit, Expr starts, Expr ends) implements ScheduleClause {
        public Every {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
