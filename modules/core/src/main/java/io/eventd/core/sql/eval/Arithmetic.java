package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr.BinaryOp;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * MySQL's + - * / DIV % over non-interval operands: NULL in, NULL out; integers stay integers; decimals keep
 * their scale ({@code /} adds div_precision_increment = 4 digits, 1/2 = 0.5000); strings make the operation
 * approximate (double); a DATETIME counts as YYYYMMDDHHMMSS; division by zero gives NULL.
 */
final class Arithmetic {
    private static final int DIV_PRECISION_INCREMENT = 4;
    private static final int MAX_SCALE = 30;

    private Arithmetic() {
    }

    static Value apply(BinaryOp op, Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return Value.NULL;
        }
        boolean approximate = Numbers.isApproximate(a) || Numbers.isApproximate(b);
        BigDecimal x = Numbers.toDecimal(a);
        BigDecimal y = Numbers.toDecimal(b);
        if (y.signum() == 0 && (op == BinaryOp.DIVIDE || op == BinaryOp.DIV || op == BinaryOp.MOD)) {
            return Value.NULL;
        }
        BigDecimal result = switch (op) {
            case PLUS -> x.add(y);
            case MINUS -> x.subtract(y);
            case TIMES -> x.multiply(y);
            case DIVIDE -> approximate ? x.divide(y, MathContext.DECIMAL64)
                    : x.divide(y, Math.min(Math.max(x.scale(), 0) + DIV_PRECISION_INCREMENT, MAX_SCALE), RoundingMode.HALF_UP);
            case DIV -> x.divide(y, 0, RoundingMode.DOWN);
            case MOD -> x.remainder(y);
            default -> throw new IllegalArgumentException("not arithmetic: " + op);
        };
        if (op == BinaryOp.DIV) {
            return Numbers.exact(result);
        }
        if (approximate) {
            return Numbers.approximate(result);
        }
        return op == BinaryOp.DIVIDE ? new Value.Decimal(result) : Numbers.exact(result);
    }

    static Value negate(Value v) {
        if (v.isNull()) {
            return Value.NULL;
        }
        BigDecimal negated = Numbers.toDecimal(v).negate();
        return Numbers.isApproximate(v) ? Numbers.approximate(negated) : Numbers.exact(negated);
    }
}
