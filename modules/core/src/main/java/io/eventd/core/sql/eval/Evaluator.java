package io.eventd.core.sql.eval;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import java.time.LocalDateTime;

/** Evaluates expressions with MySQL's semantics over a context (variables, clock, current row). */
public final class Evaluator {
    /** Nesting limit, far below what the thread stack allows; the parser caps depth well before it. */
    static final int MAX_DEPTH = 1000;

    private final EvalContext context;
    private int depth;

    public Evaluator(EvalContext context) {
        this.context = context;
    }

    /** The expression's value; throws SqlException with MySQL's error where MySQL would fail. */
    public Value eval(Expr expr) {
        if (depth >= MAX_DEPTH) {
            throw new SqlException(EventdErrors.expressionTooDeep(MAX_DEPTH));
        }
        depth++;
        try {
            return evaluate(expr);
        } finally {
            depth--;
        }
    }

    /** WHERE semantics: true only for a non-NULL, non-zero value. */
    public boolean isTrue(Expr expr) {
        return Boolean.TRUE.equals(Values.truth(eval(expr)));
    }

    EvalContext context() {
        return context;
    }

    /** {@code date ± INTERVAL n unit}: NULL when the date or the interval is not valid or the result is out of range. */
    Value addInterval(Value date, Expr.IntervalValue interval, boolean subtract) {
        Value amountValue = eval(interval.value());
        LocalDateTime start = Values.toDateTime(date);
        IntervalAmount amount = IntervalAmount.read(amountValue, interval.unit());
        return start == null || amount == null ? Value.NULL : Value.of(amount.addTo(start, subtract));
    }

    private Value evaluate(Expr e) {
        if (e instanceof Expr.StringLiteral s) {
            return new Value.Str(s.value());
        } else if (e instanceof Expr.NumberLiteral n) {
            return Literals.number(n.text());
        } else if (e instanceof Expr.NullLiteral) {
            return Value.NULL;
        } else if (e instanceof Expr.BooleanLiteral b) {
            return Values.bool(b.value());
        } else if (e instanceof Expr.TypedLiteral t) {
            return Literals.typed(t.kind(), t.value(), context);
        } else if (e instanceof Expr.UserVariable v) {
            return context.userVariable(v.name());
        } else if (e instanceof Expr.SystemVariable v) {
            return context.systemVariable(v.scope(), v.name());
        } else if (e instanceof Expr.Column c) {
            return context.column(c.qualifier(), c.name());
        } else if (e instanceof Expr.FunctionCall f) {
            if (f.aggregate()) {
                // Only a SELECT list over a table folds aggregates (TableSelect); anywhere else MySQL says 1111.
                throw new SqlException(MysqlErrors.invalidGroupFunction());
            }
            return BuiltinFunctions.call(this, f.name(), f.args());
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.Unary u) {
            return unary(u);
        } else if (e instanceof Expr.Like l) {
            return like(l);
        } else if (e instanceof Expr.IsNull n) {
            return Values.bool(eval(n.value()).isNull() != n.negated());
        } else if (e instanceof Expr.In in) {
            return in(in);
        } else if (e instanceof Expr.Between b) {
            return between(b);
        } else if (e instanceof Expr.Case c) {
            return caseOf(c);
        } else if (e instanceof Expr.Subquery q) {
            if (q.readsTable() || q.constantValue() == null) {
                throw new SqlException(MysqlErrors.subqueryInSchedule());
            }
            return eval(q.constantValue());
        } else if (e instanceof Expr.RowValue) {
            throw new SqlException(MysqlErrors.operandColumns());
        }
        throw new IllegalArgumentException("INTERVAL outside date arithmetic: " + e);
    }

    private Value binary(Expr.Binary b) {
        BinaryOp op = b.op();
        if (op == BinaryOp.PLUS && b.left() instanceof Expr.IntervalValue interval) {
            return addInterval(eval(b.right()), interval, false);
        }
        if ((op == BinaryOp.PLUS || op == BinaryOp.MINUS) && b.right() instanceof Expr.IntervalValue interval) {
            return addInterval(eval(b.left()), interval, op == BinaryOp.MINUS);
        }
        return switch (op) {
            case AND, OR, XOR -> logic(op, b.left(), b.right());
            case EQ, NULL_SAFE_EQ, NE, LT, LE, GT, GE -> comparison(op, eval(b.left()), eval(b.right()));
            default -> Arithmetic.apply(op, eval(b.left()), eval(b.right()));
        };
    }

    private static Value comparison(BinaryOp op, Value a, Value b) {
        Integer c = Values.compare(a, b);
        if (op == BinaryOp.NULL_SAFE_EQ) {
            return Values.bool(c == null ? a.isNull() && b.isNull() : c == 0);
        }
        if (c == null) {
            return Value.NULL;
        }
        return Values.bool(switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        });
    }

    /** Three-valued logic; AND and OR skip the right side when the left decides, as MySQL does. */
    private Value logic(BinaryOp op, Expr left, Expr right) {
        Boolean l = Values.truth(eval(left));
        if (op == BinaryOp.AND && Boolean.FALSE.equals(l) || op == BinaryOp.OR && Boolean.TRUE.equals(l)) {
            return Values.bool(l);
        }
        Boolean r = Values.truth(eval(right));
        return switch (op) {
            case AND -> Values.bool(and(l, r));
            case OR -> Boolean.TRUE.equals(r) ? Values.bool(true) : l == null || r == null ? Value.NULL : Values.bool(false);
            default -> l == null || r == null ? Value.NULL : Values.bool(l ^ r);
        };
    }

    private static Boolean and(Boolean l, Boolean r) {
        if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) {
            return false;
        }
        return l == null || r == null ? null : true;
    }

    private static Boolean not(Boolean b) {
        return b == null ? null : !b;
    }

    private Value unary(Expr.Unary u) {
        Value v = eval(u.operand());
        return switch (u.op()) {
            case MINUS -> Arithmetic.negate(v);
            case PLUS -> v;
            case NOT -> Values.bool(not(Values.truth(v)));
        };
    }

    private Value like(Expr.Like l) {
        Value value = eval(l.value());
        Value pattern = eval(l.pattern());
        int escape = '\\';
        if (l.escape() != null) {
            String e = Values.text(eval(l.escape()));
            if (e != null && e.codePointCount(0, e.length()) > 1) {
                throw new SqlException(MysqlErrors.wrongArguments("ESCAPE"));
            }
            escape = e == null ? '\\' : e.isEmpty() ? -1 : e.codePointAt(0);
        }
        if (value.isNull() || pattern.isNull()) {
            return Value.NULL;
        }
        boolean matches = new LikePattern(Values.text(pattern), escape).matches(Values.text(value));
        return Values.bool(matches != l.negated());
    }

    private Value in(Expr.In in) {
        Value v = eval(in.value());
        if (v.isNull()) {
            return Value.NULL;
        }
        boolean sawNull = false;
        for (Expr item : in.list()) {
            Integer c = Values.compare(v, eval(item));
            if (c == null) {
                sawNull = true;
            } else if (c == 0) {
                return Values.bool(!in.negated());
            }
        }
        return sawNull ? Value.NULL : Values.bool(in.negated());
    }

    private Value between(Expr.Between b) {
        Value v = eval(b.value());
        Boolean aboveLow = atLeast(Values.compare(v, eval(b.low())));
        Boolean belowHigh = atLeast(Values.compare(eval(b.high()), v));
        Boolean inside = and(aboveLow, belowHigh);
        return Values.bool(b.negated() ? not(inside) : inside);
    }

    private static Boolean atLeast(Integer comparison) {
        return comparison == null ? null : comparison >= 0;
    }

    private Value caseOf(Expr.Case c) {
        Value operand = c.operand() == null ? null : eval(c.operand());
        for (int i = 0; i < c.whens().size(); i++) {
            Value when = eval(c.whens().get(i));
            boolean hit = operand == null ? Boolean.TRUE.equals(Values.truth(when))
                    : Integer.valueOf(0).equals(Values.compare(operand, when));
            if (hit) {
                return eval(c.thens().get(i));
            }
        }
        return c.otherwise() == null ? Value.NULL : eval(c.otherwise());
    }
}
