package io.eventd.core.sql.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's numeric readings of values: {@code val_decimal} / {@code val_real} (strings read up to the first
 * character that cannot continue a number, 'abc' = 0) and {@code val_int} (decimals rounded half away from zero,
 * strings read as a leading integer). A DATETIME reads as the number YYYYMMDDHHMMSS.
 */
final class Numbers {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final Pattern LEADING_INTEGER = Pattern.compile("^\\s*([+-]?\\d+)");
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private Numbers() {
    }

    /** A non-NULL value as a decimal number. */
    static BigDecimal toDecimal(Value v) {
        if (v instanceof Value.Int i) {
            return BigDecimal.valueOf(i.value());
        } else if (v instanceof Value.Decimal d) {
            return d.value();
        } else if (v instanceof Value.Str s) {
            return leadingNumber(s.value());
        } else if (v instanceof Value.DateTime t) {
            return dateTimeNumber(t.value());
        }
        throw new IllegalArgumentException("NULL has no number");
    }

    /** {@code val_int} of a non-NULL value, saturated to the long range. */
    static long toLong(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        } else if (v instanceof Value.Str s) {
            return leadingInteger(s.value());
        }
        return saturate(toDecimal(v).setScale(0, RoundingMode.HALF_UP));
    }

    /** Strings take part in arithmetic and comparisons as doubles (approximate values) in MySQL. */
    static boolean isApproximate(Value v) {
        return v instanceof Value.Str;
    }

    static BigDecimal leadingNumber(String s) {
        Matcher m = LEADING_NUMBER.matcher(s);
        return m.find() ? new BigDecimal(m.group(1)) : BigDecimal.ZERO;
    }

    static long leadingInteger(String s) {
        Matcher m = LEADING_INTEGER.matcher(s);
        return m.find() ? saturate(new BigDecimal(m.group(1))) : 0;
    }

    static long saturate(BigDecimal integral) {
        if (integral.compareTo(LONG_MAX) > 0) {
            return Long.MAX_VALUE;
        }
        return integral.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : integral.longValue();
    }

    /** An exact result as Int when it is integral and fits, as Decimal otherwise. */
    static Value exact(BigDecimal d) {
        if (d.scale() <= 0) {
            BigInteger i = d.toBigIntegerExact();
            if (i.bitLength() < 64) {
                return new Value.Int(i.longValue());
            }
        }
        return new Value.Decimal(d);
    }

    /** An approximate (double) result: printed without trailing zeros, as MySQL prints doubles. */
    static Value approximate(BigDecimal d) {
        BigDecimal stripped = d.round(java.math.MathContext.DECIMAL64).stripTrailingZeros();
        return stripped.scale() <= 0 ? exact(stripped.setScale(0)) : new Value.Decimal(stripped);
    }

    static BigDecimal dateTimeNumber(LocalDateTime t) {
        long whole = ((t.getYear() * 100L + t.getMonthValue()) * 100 + t.getDayOfMonth()) * 1_000_000L
                + t.getHour() * 10_000L + t.getMinute() * 100L + t.getSecond();
        BigDecimal number = BigDecimal.valueOf(whole);
        return t.getNano() == 0 ? number : number.add(BigDecimal.valueOf(t.getNano() / 1000, 6).stripTrailingZeros());
    }
}
