package io.eventd.core.sql.eval;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One aggregate of a SELECT without GROUP BY, folded over the rows one argument value at a time: COUNT(*) counts
 * rows, COUNT(x) the non-NULL x, MIN / MAX compare as MySQL does, SUM / AVG add exact numbers as decimals (AVG with
 * four more digits of scale, MySQL's div_precision_increment) and strings as doubles, as MySQL does; all but COUNT
 * are NULL over no value.
 */
public final class Aggregate {
    private static final int AVG_EXTRA_SCALE = 4;

    private final Expr.FunctionCall call;
    private long count;
    private Value best = Value.NULL;
    private BigDecimal sum = BigDecimal.ZERO;
    private int scale;
    private boolean approximate;

    private Aggregate(Expr.FunctionCall call) {
        this.call = call;
    }

    /** The aggregate of {@code call} ({@link Expr.FunctionCall#aggregate()}); an aggregate inside it is 1111. */
    public static Aggregate of(Expr.FunctionCall call) {
        if (call.args().stream().anyMatch(Aggregate::contains)) {
            throw new SqlException(MysqlErrors.invalidGroupFunction());
        }
        return new Aggregate(call);
    }

    /** The argument to evaluate on each row; empty for COUNT(*), which counts rows. */
    public Optional<Expr> argument() {
        return call.args().stream().findFirst();
    }

    /** One row: COUNT(*) counts it, every other aggregate folds its argument's {@code value} unless NULL. */
    public void add(Value value) {
        if (!call.args().isEmpty() && value.isNull()) {
            return;
        }
        count++;
        switch (call.name()) {
            case "MIN" -> best = best.isNull() || Values.compare(value, best) < 0 ? value : best;
            case "MAX" -> best = best.isNull() || Values.compare(value, best) > 0 ? value : best;
            case "SUM", "AVG" -> {
                BigDecimal number = Numbers.toDecimal(value);
                approximate |= Numbers.isApproximate(value);
                sum = sum.add(number);
                scale = Math.max(scale, Math.max(0, number.scale()));
            }
            default -> { }
        }
    }

    public Value result() {
        return switch (call.name()) {
            case "COUNT" -> new Value.Int(count);
            case "MIN", "MAX" -> best;
            case "SUM" -> count == 0 ? Value.NULL : approximate ? Numbers.approximate(sum)
                    : Numbers.exact(sum.setScale(scale, RoundingMode.UNNECESSARY));
            case "AVG" -> count == 0 ? Value.NULL : approximate
                    ? Numbers.approximate(sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64))
                    : new Value.Decimal(sum.divide(BigDecimal.valueOf(count), scale + AVG_EXTRA_SCALE,
                            RoundingMode.HALF_UP));
            default -> throw new IllegalStateException("not an aggregate: " + call.name());
        };
    }

    /** Whether {@code e} holds an aggregate call anywhere. */
    public static boolean contains(Expr e) {
        return e instanceof Expr.FunctionCall f && f.aggregate() || ExprChildren.of(e).stream()
                .anyMatch(Aggregate::contains);
    }

    /** The first column {@code e} reads outside any aggregate (what makes it a non-aggregated expression). */
    public static Optional<Expr.Column> plainColumn(Expr e) {
        if (e instanceof Expr.Column column) {
            return Optional.of(column);
        }
        if (e instanceof Expr.FunctionCall f && f.aggregate()) {
            return Optional.empty();
        }
        return ExprChildren.of(e).stream().map(Aggregate::plainColumn).flatMap(Optional::stream).findFirst();
    }
}
