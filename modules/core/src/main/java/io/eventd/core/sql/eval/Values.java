package io.eventd.core.sql.eval;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;

/** MySQL's readings of a {@link Value}: its text, its DATETIME, its truth, its order. */
public final class Values {
    /** ORDER BY order: NULLs first (ascending), then MySQL's comparison ({@link #compare}). */
    public static final Comparator<Value> ORDER = (a, b) -> {
        if (a.isNull() || b.isNull()) {
            return Boolean.compare(!a.isNull(), !b.isNull());
        }
        return compare(a, b);
    };

    private Values() {
    }

    /**
     * The value as MySQL's client prints it ({@code val_str}); null for NULL. DATETIME as
     * {@code YYYY-MM-DD HH:MM:SS} (plus the fraction when there is one), decimals with their scale (1/2 is 0.5000).
     */
    public static String text(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        } else if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        } else if (v instanceof Value.Decimal d) {
            return d.value().toPlainString();
        } else if (v instanceof Value.DateTime t) {
            return formatDateTime(t.value());
        }
        return null;
    }

    /** {@link #text}, with NULL spelled {@code NULL} as in MySQL's error messages. */
    public static String display(Value v) {
        return v.isNull() ? "NULL" : text(v);
    }

    public static String formatDateTime(LocalDateTime t) {
        String s = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        if (t.getNano() == 0) {
            return s;
        }
        String micros = String.format("%06d", t.getNano() / 1000).replaceFirst("0+$", "");
        return micros.isEmpty() ? s : s + "." + micros;
    }

    /**
     * The value as a MySQL DATETIME, or null where MySQL finds none (NULL, garbage, an impossible date).
     * Strings in MySQL's relaxed formats, numbers such as 20380101000000, 20380101 or 380101.
     */
    public static LocalDateTime toDateTime(Value v) {
        if (v instanceof Value.DateTime t) {
            return t.value();
        } else if (v instanceof Value.Str s) {
            return DateTimeParser.parse(s.value());
        } else if (v instanceof Value.Int i) {
            return DateTimeParser.fromNumber(i.value());
        } else if (v instanceof Value.Decimal d) {
            return DateTimeParser.fromNumber(d.value());
        }
        return null;
    }

    /** MySQL truth: null for NULL, else whether the value is non-zero ('abc' is false, '1x' true). */
    public static Boolean truth(Value v) {
        if (v.isNull()) {
            return null;
        }
        return v instanceof Value.DateTime || Numbers.toDecimal(v).signum() != 0;
    }

    /**
     * MySQL's comparison: null when either side is NULL. Strings compare case- and accent-insensitively; a
     * DATETIME against a string or number compares as DATETIME when the other side reads as one; a string
     * against a number compares as numbers.
     */
    public static Integer compare(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return null;
        }
        if (a instanceof Value.Str x && b instanceof Value.Str y) {
            return Collation.compare(x.value(), y.value());
        }
        if (a instanceof Value.DateTime || b instanceof Value.DateTime) {
            LocalDateTime x = toDateTime(a);
            LocalDateTime y = toDateTime(b);
            if (x != null && y != null) {
                return x.compareTo(y);
            }
            if (a instanceof Value.Str || b instanceof Value.Str) {
                return Collation.compare(text(a), text(b));
            }
        }
        BigDecimal x = Numbers.toDecimal(a);
        BigDecimal y = Numbers.toDecimal(b);
        return x.compareTo(y);
    }

    static Value bool(boolean b) {
        return new Value.Int(b ? 1 : 0);
    }

    static Value bool(Boolean b) {
        return b == null ? Value.NULL : bool(b.booleanValue());
    }
}
