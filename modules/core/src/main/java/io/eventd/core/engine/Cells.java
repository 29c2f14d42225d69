package io.eventd.core.engine;

import io.eventd.core.event.EventKey;
import io.eventd.core.render.DateTimeText;
import io.eventd.core.render.EventsColumn;
import io.eventd.core.sql.eval.Value;
import java.math.BigDecimal;
import java.util.Comparator;

/** Converts result cells (String, Long, null) to and from SQL values, and orders values as ORDER BY does. */
final class Cells {
    /** NULL first; numbers by value, datetimes by time, anything else as text, case- and accent-insensitive. */
    static final Comparator<Value> ORDER = Cells::compare;

    private Cells() {
    }

    static Value toValue(Object cell, EventsColumn.Kind kind) {
        if (cell == null) {
            return Value.NULL;
        }
        if (cell instanceof Long number) {
            return new Value.Int(number);
        }
        String text = (String) cell;
        return kind == EventsColumn.Kind.DATETIME ? new Value.DateTime(DateTimeText.parse(text)) : new Value.Str(text);
    }

    static Object toCell(Value value) {
        if (value instanceof Value.Int number) {
            return number.value();
        }
        if (value instanceof Value.Decimal decimal) {
            return decimal.value().toPlainString();
        }
        if (value instanceof Value.Str text) {
            return text.value();
        }
        if (value instanceof Value.DateTime time) {
            return DateTimeText.format(time.value());
        }
        return null;
    }

    private static int compare(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return Boolean.compare(!a.isNull(), !b.isNull());
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (a instanceof Value.DateTime s && b instanceof Value.DateTime t) {
            return s.value().compareTo(t.value());
        }
        return EventKey.fold(String.valueOf(toCell(a))).compareTo(EventKey.fold(String.valueOf(toCell(b))));
    }

    private static BigDecimal number(Value value) {
        if (value instanceof Value.Int number) {
            return BigDecimal.valueOf(number.value());
        }
        return value instanceof Value.Decimal decimal ? decimal.value() : null;
    }
}
