package io.eventd.core.sql.expr;

import io.eventd.core.schedule.IntervalUnit;
import java.util.List;
import java.util.Set;

/**
 * Expressions as the parser reads them: schedule expressions (AT / STARTS / ENDS / EVERY values, SET values) and
 * the WHERE / ORDER BY / select-list expressions of SHOW EVENTS and information_schema.EVENTS queries.
 * Evaluated by {@code io.eventd.core.sql.eval}.
 */
public sealed interface Expr {

    /** A quoted string literal, escapes already resolved. */
    record StringLiteral(String value) implements Expr {
    }

    /** A number literal as written ({@code 20380101000000}, {@code 1.5}, {@code 1e3}). */
    record NumberLiteral(String text) implements Expr {
    }

    record NullLiteral() implements Expr {
    }

    record BooleanLiteral(boolean value) implements Expr {
    }

    /** {@code TIMESTAMP '…'}, {@code DATE '…'}, {@code TIME '…'}: {@code kind} is the keyword upper-cased. */
    record TypedLiteral(String kind, String value) implements Expr {
    }

    /** {@code @name}. */
    record UserVariable(String name) implements Expr {
    }

    /** {@code @@name}, {@code @@global.name}, {@code @@session.name}; scope is null when not written. */
    record SystemVariable(Scope scope, String name) implements Expr {
    }

    enum Scope { GLOBAL, SESSION }

    /** A column name, possibly qualified ({@code EVENTS.EVENT_NAME}); qualifier null when not written. */
    record Column(String qualifier, String name) implements Expr {
    }

    /**
     * A function call, name upper-cased. Niladic keywords are calls with no arguments: {@code CURRENT_TIMESTAMP},
     * {@code LOCALTIME}, {@code LOCALTIMESTAMP} (with or without parentheses).
     */
    record FunctionCall(String name, List<Expr> args) implements Expr {
        /** The aggregate functions a SELECT without GROUP BY folds over its rows; COUNT(*) has no argument. */
        public static final Set<String> AGGREGATES = Set.of("COUNT", "MIN", "MAX", "SUM", "AVG");

        public FunctionCall {
            args = List.copyOf(args);
        }

        public boolean aggregate() {
            return AGGREGATES.contains(name);
        }
    }

    /** {@code INTERVAL value unit}, as an operand of + / - or of DATE_ADD / DATE_SUB. */
    record IntervalValue(Expr value, IntervalUnit unit) implements Expr {
    }

    /** Binary operators: arithmetic, comparison, logic. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    }

    enum BinaryOp {
        PLUS("+"), MINUS("-"), TIMES("*"), DIVIDE("/"), DIV("DIV"), MOD("%"),
        EQ("="), NULL_SAFE_EQ("<=>"), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="),
        AND("AND"), OR("OR"), XOR("XOR");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    record Unary(UnaryOp op, Expr operand) implements Expr {
    }

    enum UnaryOp { MINUS, PLUS, NOT }

    /** {@code expr [NOT] LIKE pattern [ESCAPE 'c']}; escape null = backslash. */
    record Like(Expr value, Expr pattern, boolean negated, Expr escape) implements Expr {
    }

    /** {@code expr IS [NOT] NULL}. */
    record IsNull(Expr value, boolean negated) implements Expr {
    }

    /** {@code expr [NOT] IN (a, b, …)}. */
    record In(Expr value, List<Expr> list, boolean negated) implements Expr {
        public In {
            list = List.copyOf(list);
        }
    }

    /** {@code expr [NOT] BETWEEN low AND high}. */
    record Between(Expr value, Expr low, Expr high, boolean negated) implements Expr {
    }

    /**
     * A parenthesised {@code SELECT …}. {@code readsTable} is true when it has a FROM clause: MySQL rejects those
     * in schedules with 1235, while a constant subquery is evaluated.
     */
    record Subquery(String text, boolean readsTable, Expr constantValue) implements Expr {
    }

    /** {@code ROW(a, b)} or {@code (a, b)}: MySQL answers 1241 where one value is expected. */
    record RowValue(List<Expr> items) implements Expr {
        public RowValue {
            items = List.copyOf(items);
        }
    }

    /** {@code CASE [operand] WHEN … THEN … [ELSE …] END}; operand null for the searched form. */
    record Case(Expr operand, List<Expr> whens, List<Expr> thens, Expr otherwise) implements Expr {
        public Case {
            whens = List.copyOf(whens);
            thens = List.copyOf(thens);
        }
    }
}
