package io.eventd.core.sql.eval;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/** A SQL value during evaluation: NULL, integer, decimal (or double), string, or datetime (local to a zone). */
public sealed interface Value {
    Value NULL = new Null();

    record Null() implements Value {
    }

    record Int(long value) implements Value {
    }

    record Decimal(BigDecimal value) implements Value {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }
    }

    record Str(String value) implements Value {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A DATETIME: wall-clock time with no zone, as MySQL's DATETIME and the result of NOW(). */
    record DateTime(LocalDateTime value) implements Value {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }
    }

    static Value of(String s) {
        return s == null ? NULL : new Str(s);
    }

    static Value of(Long n) {
        return n == null ? NULL : new Int(n);
    }

    static Value of(LocalDateTime t) {
        return t == null ? NULL : new DateTime(t);
    }

    default boolean isNull() {
        return this instanceof Null;
    }
}
