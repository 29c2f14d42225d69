package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr;
import java.util.List;

/** IFNULL, COALESCE, IF, NULLIF, ISNULL; arguments are evaluated only as far as needed, as in MySQL. */
final class ControlFlowFunctions {
    private ControlFlowFunctions() {
    }

    static Value ifNull(Evaluator ev, List<Expr> args) {
        return coalesce(ev, args);
    }

    static Value coalesce(Evaluator ev, List<Expr> args) {
        for (Expr arg : args) {
            Value v = ev.eval(arg);
            if (!v.isNull()) {
                return v;
            }
        }
        return Value.NULL;
    }

    static Value ifThenElse(Evaluator ev, List<Expr> args) {
        return ev.eval(args.get(ev.isTrue(args.get(0)) ? 1 : 2));
    }

    static Value nullIf(Evaluator ev, List<Expr> args) {
        Value first = ev.eval(args.get(0));
        Integer c = Values.compare(first, ev.eval(args.get(1)));
        return c != null && c == 0 ? Value.NULL : first;
    }

    static Value isNull(Evaluator ev, List<Expr> args) {
        return Values.bool(ev.eval(args.get(0)).isNull());
    }
}
