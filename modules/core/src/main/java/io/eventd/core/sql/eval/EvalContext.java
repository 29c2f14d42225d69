package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr;
import java.time.ZoneId;

/** What an expression can see while it is evaluated: the statement's clock and zone, variables, a current row. */
public interface EvalContext {

    /** The statement's start, UTC epoch seconds (honours SET TIMESTAMP). */
    long now();

    /** The session's time_zone, resolved; NOW() and datetime literals are read in it. */
    ZoneId sessionZone();

    /** {@code @name}; {@link Value#NULL} when never set. */
    Value userVariable(String name);

    /** {@code @@[scope.]name}; throws {@link io.eventd.core.error.SqlException} (1193, 1238) when not readable. */
    Value systemVariable(Expr.Scope scope, String name);

    /** A column of the current row; throws {@link io.eventd.core.error.SqlException} 1054 when unknown. */
    Value column(String qualifier, String name);
}
