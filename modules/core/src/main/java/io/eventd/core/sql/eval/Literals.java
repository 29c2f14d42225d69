package io.eventd.core.sql.eval;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.time.MysqlZones;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values of number literals and of the typed literals {@code TIMESTAMP '…'}, {@code DATE '…'}, {@code TIME '…'}. */
final class Literals {
    /** [-]H:MM[:SS[.ffffff]] or [[H]HMM]SS[.ffffff]. */
    private static final Pattern TIME = Pattern.compile(
            "\\s*(-?)(?:(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?|(\\d{1,7}))(?:\\.(\\d{1,6})\\d*)?\\s*");

    private Literals() {
    }

    /** An integer literal is an Int (a DECIMAL when it does not fit), 1.5 a DECIMAL, 1e3 a DOUBLE. */
    static Value number(String text) {
        BigDecimal d = new BigDecimal(text);
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Numbers.approximate(d);
        }
        return text.indexOf('.') >= 0 ? new Value.Decimal(d) : Numbers.exact(d);
    }

    /** 1525 {@code Incorrect DATETIME value: '…'} (DATE, TIME) unless the string is exactly of the literal's type. */
    static Value typed(String kind, String text, EvalContext context) {
        LocalDateTime value = switch (kind) {
            case "TIMESTAMP" -> date(text, true);
            case "DATE" -> date(text, false);
            case "TIME" -> time(text, context);
            default -> throw new IllegalArgumentException("typed literal " + kind);
        };
        if (value == null) {
            throw new SqlException(MysqlErrors.wrongValue(kind.equals("TIMESTAMP") ? "DATETIME" : kind, text));
        }
        return new Value.DateTime(value);
    }

    private static LocalDateTime date(String text, boolean withTime) {
        DateTimeParser.Parsed p = DateTimeParser.read(text);
        return p != null && p.clean() && p.hasTime() == withTime ? p.value() : null;
    }

    /** A TIME used as a DATETIME is today's date (in the session zone) plus the time, as MySQL converts it. */
    private static LocalDateTime time(String text, EvalContext context) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        long seconds;
        if (m.group(5) != null) {
            long packed = Long.parseLong(m.group(5));
            if (packed / 100 % 100 > 59 || packed % 100 > 59) {
                return null;
            }
            seconds = packed / 10_000 * 3600 + packed / 100 % 100 * 60 + packed % 100;
        } else {
            long minutes = Long.parseLong(m.group(3));
            long secs = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
            if (minutes > 59 || secs > 59) {
                return null;
            }
            seconds = Long.parseLong(m.group(2)) * 3600 + minutes * 60 + secs;
        }
        if (seconds > 838 * 3600 + 59 * 60 + 59) {
            return null;
        }
        long micros = m.group(6) == null ? 0 : Long.parseLong((m.group(6) + "00000").substring(0, 6));
        long signedMicros = (m.group(1).isEmpty() ? 1 : -1) * (seconds * 1_000_000 + micros);
        LocalDateTime today = MysqlZones.toLocal(context.now(), context.sessionZone()).toLocalDate().atStartOfDay();
        return today.plusNanos(signedMicros * 1000);
    }
}
