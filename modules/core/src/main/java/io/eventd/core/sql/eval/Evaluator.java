package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr;

/**
 * Evaluates expressions with MySQL's semantics over a context (variables, clock, current row).
 * CONTRACT STUB: the eval helper replaces every body.
 */
public final class Evaluator {
    private final EvalContext context;

    public Evaluator(EvalContext context) {
        this.context = context;
    }

    /** The expression's value; throws SqlException with MySQL's error where MySQL would fail. */
    public Value eval(Expr expr) {
        throw new UnsupportedOperationException("stub " + context);
    }

    /** WHERE semantics: true only for a non-NULL, non-zero value. */
    public boolean isTrue(Expr expr) {
        throw new UnsupportedOperationException("stub");
    }
}
