package io.eventd.core.sql.eval;

import io.eventd.core.schedule.IntervalUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The value of {@code INTERVAL v unit} as MySQL reads it ({@code get_interval_value}): a sign and magnitudes in
 * months, seconds and microseconds (below one second). Magnitudes saturate at {@link Long#MAX_VALUE} instead of
 * overflowing, so a huge value stays huge.
 */
record IntervalAmount(boolean negative, long months, long seconds, long micros) {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    /** Beyond this any date arithmetic leaves MySQL's year range 0000 … 9999. */
    private static final long MAX_SECONDS = 10_000L * 366 * 86_400;
    private static final int MAX_PERIOD = 10_000 * 12;

    IntervalAmount {
        seconds = saturatingAdd(seconds, micros / MICROS_PER_SECOND);
        micros = micros % MICROS_PER_SECOND;
    }

    /** The fields a composite unit's string holds, from the largest; months or seconds each. */
    private enum Field {
        YEAR(12, 0), MONTH(1, 0), DAY(0, 86_400), HOUR(0, 3_600), MINUTE(0, 60), SECOND(0, 1), MICROSECOND(0, 0);

        final long months;
        final long seconds;

        Field(long months, long seconds) {
            this.months = months;
            this.seconds = seconds;
        }
    }

    /** The amount, or null for NULL and for a composite string MySQL rejects (too many fields, huge numbers). */
    static IntervalAmount read(Value v, IntervalUnit unit) {
        if (v.isNull()) {
            return null;
        }
        return unit.isComposite() ? readComposite(Values.text(v), unit) : readSimple(v, unit);
    }

    private static IntervalAmount readSimple(Value v, IntervalUnit unit) {
        if (unit == IntervalUnit.SECOND && (v instanceof Value.Decimal || v instanceof Value.Str)) {
            BigDecimal seconds = Numbers.toDecimal(v);
            BigDecimal magnitude = seconds.abs();
            long whole = Numbers.saturate(magnitude.setScale(0, RoundingMode.DOWN));
            long fraction = magnitude.subtract(BigDecimal.valueOf(whole)).movePointRight(6)
                    .setScale(0, RoundingMode.DOWN).longValue();
            return new IntervalAmount(seconds.signum() < 0, 0, whole, fraction);
        }
        long n = Numbers.toLong(v);
        long magnitude = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
        long inBase = times(magnitude, (long) unit.storedFactor() * unit.baseFactor());
        return switch (unit.base()) {
            case MONTH -> new IntervalAmount(n < 0, inBase, 0, 0);
            case SECOND -> new IntervalAmount(n < 0, 0, inBase, 0);
            case MICROSECOND -> new IntervalAmount(n < 0, 0, 0, inBase);
        };
    }

    /**
     * MySQL's {@code get_interval_info}: a leading '-' makes it negative, any run of non-digits separates fields,
     * fewer numbers than fields fill the right-most ones; a microsecond field is read as a fraction (".5" = 500000).
     */
    private static IntervalAmount readComposite(String text, IntervalUnit unit) {
        String[] names = unit.name().split("_");
        Field first = Field.valueOf(names[0]);
        Field last = Field.valueOf(names[1]);
        int count = last.ordinal() - first.ordinal() + 1;
        String s = text.stripLeading();
        boolean negative = s.startsWith("-");
        int pos = skipNonDigits(s, negative ? 1 : 0);
        long[] values = new long[count];
        int found = 0;
        int lastLength = 0;
        while (found < count && pos < s.length()) {
            int start = pos;
            long value = 0;
            for (; pos < s.length() && isDigit(s.charAt(pos)); pos++) {
                if (value > (Long.MAX_VALUE - 10) / 10) {
                    return null;
                }
                value = value * 10 + (s.charAt(pos) - '0');
            }
            lastLength = pos - start;
            values[found++] = value;
            pos = skipNonDigits(s, pos);
        }
        if (pos < s.length()) {
            return null;
        }
        long[] fields = new long[count];
        System.arraycopy(values, 0, fields, count - found, found);
        if (last == Field.MICROSECOND && lastLength > 0) {
            fields[count - 1] = lastLength <= 6 ? fields[count - 1] * (long) Math.pow(10, 6 - lastLength)
                    : fields[count - 1] / (long) Math.pow(10, lastLength - 6);
        }
        long months = 0;
        long seconds = 0;
        for (int i = 0; i < count; i++) {
            Field f = Field.values()[first.ordinal() + i];
            months = saturatingAdd(months, times(fields[i], f.months));
            seconds = saturatingAdd(seconds, times(fields[i], f.seconds));
        }
        long micros = last == Field.MICROSECOND ? fields[count - 1] : 0;
        return new IntervalAmount(negative, months, seconds, micros);
    }

    /** {@code t} plus (or minus) this amount, or null when the result leaves 0000-01-01 … 9999-12-31. */
    LocalDateTime addTo(LocalDateTime t, boolean subtract) {
        int sign = negative != subtract ? -1 : 1;
        LocalDateTime result = t;
        if (months != 0) {
            if (months >= MAX_PERIOD) {
                return null;
            }
            long period = t.getYear() * 12L + t.getMonthValue() - 1 + sign * months;
            if (period < 0 || period >= MAX_PERIOD) {
                return null;
            }
            result = t.plusMonths(sign * months);
        }
        if (seconds > MAX_SECONDS) {
            return null;
        }
        result = result.plusSeconds(sign * seconds).plus(sign * micros, ChronoUnit.MICROS);
        return result.getYear() < 0 || result.getYear() > 9999 ? null : result;
    }

    private static int skipNonDigits(String s, int from) {
        int p = from;
        while (p < s.length() && !isDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
