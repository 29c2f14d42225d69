package io.eventd.core.engine;

import io.eventd.core.render.DateTimeText;
import io.eventd.core.render.EventsColumn;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.eval.Values;

/** Converts result cells (String, Long or null) to and from SQL values. */
final class Cells {
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

    /** Integers stay numbers; everything else is the text MySQL's client prints. */
    static Object toCell(Value value) {
        return value instanceof Value.Int number ? (Object) number.value() : Values.text(value);
    }
}
