package io.eventd.core.sql.eval;

import io.eventd.core.sql.expr.Expr;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** String functions; a NULL argument gives NULL. LENGTH counts utf8mb4 bytes, CHAR_LENGTH characters. */
final class StringFunctions {
    private StringFunctions() {
    }

    static Value concat(Evaluator ev, List<Expr> args) {
        StringBuilder out = new StringBuilder();
        for (Expr arg : args) {
            String text = Values.text(ev.eval(arg));
            if (text == null) {
                return Value.NULL;
            }
            out.append(text);
        }
        return new Value.Str(out.toString());
    }

    static Value lower(Evaluator ev, List<Expr> args) {
        return map(ev, args, s -> new Value.Str(s.toLowerCase(Locale.ROOT)));
    }

    static Value upper(Evaluator ev, List<Expr> args) {
        return map(ev, args, s -> new Value.Str(s.toUpperCase(Locale.ROOT)));
    }

    static Value length(Evaluator ev, List<Expr> args) {
        return map(ev, args, s -> new Value.Int(s.getBytes(StandardCharsets.UTF_8).length));
    }

    static Value charLength(Evaluator ev, List<Expr> args) {
        return map(ev, args, s -> new Value.Int(s.codePointCount(0, s.length())));
    }

    private static Value map(Evaluator ev, List<Expr> args, Function<String, Value> f) {
        String text = Values.text(ev.eval(args.get(0)));
        return text == null ? Value.NULL : f.apply(text);
    }
}
