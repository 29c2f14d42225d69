package io.eventd.core.sql;

import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.Statement.SelectItem;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.BinaryOp;
import io.eventd.core.sql.expr.Expr.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recursive descent over MySQL's expression grammar, lowest precedence first: OR/||, XOR, AND/&&, NOT,
 * comparisons and IS [NOT] NULL, [NOT] IN/BETWEEN/LIKE/REGEXP, + -, * / DIV % MOD, unary - + !, operands.
 * The depth of the tree (nesting and operator chains alike) is capped at {@value #MAX_DEPTH} (1064 beyond), so
 * neither this parser nor the code walking its trees can overflow the stack.
 */
final class ExpressionParser {
    static final int MAX_DEPTH = 256;

    /** Keywords that are function calls even without parentheses. */
    private static final Set<String> NILADIC = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME",
            "LOCALTIME", "LOCALTIMESTAMP", "UTC_TIMESTAMP", "UTC_DATE", "UTC_TIME", "CURRENT_USER");

    private static final Map<String, BinaryOp> COMPARISONS = Map.of("=", BinaryOp.EQ, "<=>", BinaryOp.NULL_SAFE_EQ,
            "<>", BinaryOp.NE, "!=", BinaryOp.NE, "<", BinaryOp.LT, "<=", BinaryOp.LE, ">", BinaryOp.GT,
            ">=", BinaryOp.GE);

    /** Predicates {@code NOT} may precede: {@code a NOT IN (…)}. */
    private static final Set<String> NEGATABLE = Set.of("IN", "LIKE", "BETWEEN", "REGEXP", "RLIKE");

    private final TokenCursor in;
    private int depth;

    ExpressionParser(TokenCursor in) {
        this(in, 0);
    }

    private ExpressionParser(TokenCursor in, int depth) {
        this.in = in;
        this.depth = depth;
    }

    Expr parseExpr() {
        enter();
        Expr e = or();
        depth--;
        return e;
    }

    /** {@code * | expr [[AS] alias]}, comma-separated; an item's text is the expression as written. */
    List<SelectItem> selectList() {
        List<SelectItem> items = new ArrayList<>();
        do {
            if (in.acceptOperator("*")) {
                items.add(new SelectItem(null, null, true, "*"));
            } else {
                int first = in.position();
                Expr e = parseExpr();
                String text = in.text(first, in.position());
                items.add(new SelectItem(e, alias(), false, text));
            }
        } while (in.acceptOperator(","));
        return items;
    }

    private String alias() {
        if (in.acceptWord("AS")) {
            Token t = in.peek();
            if (t.isIdentifier() || t.type() == TokenType.STRING) {
                return in.next().value();
            }
            throw in.error();
        }
        Token t = in.peek();
        return t.isIdentifier() || t.type() == TokenType.STRING ? in.next().value() : null;
    }

    /** A unit keyword of {@code INTERVAL n unit} / {@code EVERY n unit}. */
    IntervalUnit intervalUnit() {
        Token t = in.peek();
        IntervalUnit unit = t.type() == TokenType.WORD ? IntervalUnit.fromKeyword(t.value()) : null;
        if (unit == null) {
            throw in.error();
        }
        in.next();
        return unit;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw in.error();
        }
    }

    /** One more level for an operator chain ({@code a + b + …} nests to the left); returns 1 to count it. */
    private int deeper() {
        enter();
        return 1;
    }

    private Expr or() {
        Expr e = xor();
        int chained = 0;
        while (in.acceptWord("OR") || in.acceptOperator("||")) {
            chained += deeper();
            e = new Expr.Binary(BinaryOp.OR, e, xor());
        }
        depth -= chained;
        return e;
    }

    private Expr xor() {
        Expr e = and();
        int chained = 0;
        while (in.acceptWord("XOR")) {
            chained += deeper();
            e = new Expr.Binary(BinaryOp.XOR, e, and());
        }
        depth -= chained;
        return e;
    }

    private Expr and() {
        Expr e = not();
        int chained = 0;
        while (in.acceptWord("AND") || in.acceptOperator("&&")) {
            chained += deeper();
            e = new Expr.Binary(BinaryOp.AND, e, not());
        }
        depth -= chained;
        return e;
    }

    private Expr not() {
        if (!in.acceptWord("NOT")) {
            return comparison();
        }
        enter();
        Expr operand = not();
        depth--;
        return new Expr.Unary(UnaryOp.NOT, operand);
    }

    private Expr comparison() {
        Expr e = predicate();
        int chained = 0;
        while (true) {
            if (in.acceptWord("IS")) {
                chained += deeper();
                boolean negated = in.acceptWord("NOT");
                if (!in.acceptWord("NULL") && !in.acceptWord("UNKNOWN")) {
                    throw in.error();
                }
                e = new Expr.IsNull(e, negated);
            } else if (in.peek().type() == TokenType.OPERATOR && COMPARISONS.containsKey(in.peek().text())) {
                BinaryOp op = COMPARISONS.get(in.next().text());
                chained += deeper();
                e = new Expr.Binary(op, e, predicate());
            } else {
                depth -= chained;
                return e;
            }
        }
    }

    private Expr predicate() {
        Expr e = additive();
        boolean negated = in.peekWord("NOT") && NEGATABLE.contains(in.peekKeyword(1));
        if (negated) {
            in.next();
        }
        if (in.acceptWord("IN")) {
            return new Expr.In(e, inList(), negated);
        }
        if (in.acceptWord("BETWEEN")) {
            Expr low = additive();
            in.expectWord("AND");
            enter();
            Expr high = predicate();
            depth--;
            return new Expr.Between(e, low, high, negated);
        }
        if (in.acceptWord("LIKE")) {
            Expr pattern = unary();
            Expr escape = in.acceptWord("ESCAPE") ? unary() : null;
            return new Expr.Like(e, pattern, negated, escape);
        }
        if (in.acceptWord("REGEXP") || in.acceptWord("RLIKE")) {
            // a REGEXP b is MySQL's REGEXP_LIKE(a, b)
            Expr match = new Expr.FunctionCall("REGEXP_LIKE", List.of(e, additive()));
            return negated ? new Expr.Unary(UnaryOp.NOT, match) : match;
        }
        return e;
    }

    private List<Expr> inList() {
        int open = in.position();
        in.expectOperator("(");
        if (in.peekWord("SELECT")) {
            return List.of(subquery(open));
        }
        List<Expr> list = expressionList();
        in.expectOperator(")");
        return list;
    }

    private List<Expr> expressionList() {
        List<Expr> list = new ArrayList<>();
        do {
            list.add(parseExpr());
        } while (in.acceptOperator(","));
        return list;
    }

    private Expr additive() {
        Expr e = multiplicative();
        int chained = 0;
        while (true) {
            BinaryOp op = in.acceptOperator("+") ? BinaryOp.PLUS : in.acceptOperator("-") ? BinaryOp.MINUS : null;
            if (op == null) {
                depth -= chained;
                return e;
            }
            chained += deeper();
            Expr right = intervalAhead() ? intervalValue() : multiplicative();
            e = new Expr.Binary(op, e, right);
        }
    }

    private Expr multiplicative() {
        Expr e = unary();
        int chained = 0;
        while (true) {
            BinaryOp op = multiplicativeOperator();
            if (op == null) {
                depth -= chained;
                return e;
            }
            chained += deeper();
            in.next();
            e = new Expr.Binary(op, e, unary());
        }
    }

    private BinaryOp multiplicativeOperator() {
        Token t = in.peek();
        if (t.isOperator("*")) {
            return BinaryOp.TIMES;
        }
        if (t.isOperator("/")) {
            return BinaryOp.DIVIDE;
        }
        if (t.isOperator("%") || t.isWord("MOD")) {
            return BinaryOp.MOD;
        }
        return t.isWord("DIV") ? BinaryOp.DIV : null;
    }

    private Expr unary() {
        UnaryOp op = in.peekOperator("-") ? UnaryOp.MINUS : in.peekOperator("+") ? UnaryOp.PLUS
                : in.peekOperator("!") ? UnaryOp.NOT : null;
        if (op == null) {
            return primary();
        }
        in.next();
        enter();
        Expr operand = unary();
        depth--;
        return new Expr.Unary(op, operand);
    }

    private Expr primary() {
        Token t = in.peek();
        switch (t.type()) {
            case STRING -> {
                in.next();
                return new Expr.StringLiteral(t.value());
            }
            case NUMBER -> {
                in.next();
                return new Expr.NumberLiteral(t.text());
            }
            case HEX -> {
                in.next();
                return new Expr.StringLiteral(HexLiteral.decode(t.text()));
            }
            case USER_VARIABLE -> {
                in.next();
                return new Expr.UserVariable(t.value());
            }
            case SYSTEM_VARIABLE -> {
                in.next();
                return systemVariable(t);
            }
            case QUOTED_IDENT -> {
                return column();
            }
            case WORD -> {
                return word(t);
            }
            default -> {
                if (t.isOperator("(")) {
                    return parenthesized();
                }
                throw in.error();
            }
        }
    }

    /** {@code @@name} and {@code @@global.name} / {@code @@session.name} / {@code @@local.name}. */
    static Expr.SystemVariable systemVariable(Token t) {
        String value = t.value();
        int dot = value.indexOf('.');
        if (dot > 0) {
            Expr.Scope scope = scope(value.substring(0, dot));
            if (scope != null) {
                return new Expr.SystemVariable(scope, value.substring(dot + 1));
            }
        }
        return new Expr.SystemVariable(null, value);
    }

    /** GLOBAL, SESSION or LOCAL (= SESSION); null for any other word. */
    static Expr.Scope scope(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "GLOBAL" -> Expr.Scope.GLOBAL;
            case "SESSION", "LOCAL" -> Expr.Scope.SESSION;
            default -> null;
        };
    }

    private Expr word(Token t) {
        String keyword = t.value().toUpperCase(Locale.ROOT);
        boolean call = in.peek(1).isOperator("(");
        switch (keyword) {
            case "NULL" -> {
                in.next();
                return new Expr.NullLiteral();
            }
            case "TRUE", "FALSE" -> {
                in.next();
                return new Expr.BooleanLiteral(keyword.equals("TRUE"));
            }
            case "CASE" -> {
                return caseExpression();
            }
            case "TIMESTAMP", "DATE", "TIME" -> {
                if (in.peek(1).type() == TokenType.STRING) {
                    in.next();
                    return new Expr.TypedLiteral(keyword, in.next().value());
                }
            }
            case "INTERVAL" -> {
                if (!call) {
                    return leadingInterval();
                }
            }
            case "ROW" -> {
                if (call) {
                    in.next();
                    in.next();
                    List<Expr> items = expressionList();
                    in.expectOperator(")");
                    return new Expr.RowValue(items);
                }
            }
            default -> {
                if (NILADIC.contains(keyword) && !call) {
                    in.next();
                    return new Expr.FunctionCall(keyword, List.of());
                }
            }
        }
        if (call) {
            return functionCall(keyword);
        }
        if (ReservedWords.contains(keyword)) {
            throw in.error();
        }
        return column();
    }

    /** {@code INTERVAL n unit + expr}: the interval may come first in an addition. */
    private Expr leadingInterval() {
        Expr interval = intervalValue();
        in.expectOperator("+");
        return new Expr.Binary(BinaryOp.PLUS, interval, unary());
    }

    private boolean intervalAhead() {
        return in.peekWord("INTERVAL") && !in.peek(1).isOperator("(");
    }

    private Expr intervalValue() {
        in.expectWord("INTERVAL");
        Expr value = parseExpr();
        return new Expr.IntervalValue(value, intervalUnit());
    }

    /** A column, optionally qualified; of {@code db.table.column} the table is kept as qualifier. */
    private Expr column() {
        String qualifier = null;
        String name = in.identifier();
        while (in.acceptOperator(".")) {
            qualifier = name;
            Token t = in.peek();
            if (t.type() != TokenType.WORD && t.type() != TokenType.QUOTED_IDENT) {
                throw in.error();
            }
            name = in.next().value();
        }
        return new Expr.Column(qualifier, name);
    }

    private Expr functionCall(String name) {
        in.next();
        int open = in.position();
        in.expectOperator("(");
        if (in.peekWord("SELECT")) {
            return new Expr.FunctionCall(name, List.of(subquery(open)));
        }
        List<Expr> args = new ArrayList<>();
        boolean aggregate = Expr.FunctionCall.AGGREGATES.contains(name);
        if (name.equals("COUNT") && in.peekOperator("*") && in.peek(1).isOperator(")")) {
            // COUNT(*) is represented as COUNT with no argument.
            in.next();
        } else if (aggregate && in.peekOperator(")")) {
            throw in.error();
        } else if (!in.peekOperator(")")) {
            do {
                args.add(intervalAhead() ? intervalValue() : parseExpr());
                // An aggregate takes one argument: MySQL's grammar stops at the comma.
            } while (!aggregate && in.acceptOperator(","));
        }
        in.expectOperator(")");
        return new Expr.FunctionCall(name, args);
    }

    private Expr parenthesized() {
        int open = in.position();
        in.next();
        if (in.peekWord("SELECT")) {
            return subquery(open);
        }
        List<Expr> items = expressionList();
        in.expectOperator(")");
        return items.size() == 1 ? items.get(0) : new Expr.RowValue(items);
    }

    private Expr caseExpression() {
        in.expectWord("CASE");
        Expr operand = in.peekWord("WHEN") ? null : parseExpr();
        List<Expr> whens = new ArrayList<>();
        List<Expr> thens = new ArrayList<>();
        in.expectWord("WHEN");
        do {
            whens.add(parseExpr());
            in.expectWord("THEN");
            thens.add(parseExpr());
        } while (in.acceptWord("WHEN"));
        Expr otherwise = in.acceptWord("ELSE") ? parseExpr() : null;
        in.expectWord("END");
        return new Expr.Case(operand, whens, thens, otherwise);
    }

    /**
     * {@code (SELECT …)} whose {@code (} is at {@code open}. Without FROM it is constant: its single value (or a
     * row value for several columns, which MySQL answers with 1241).
     */
    private Expr subquery(int open) {
        enter();
        int close = in.closingParen(open);
        if (close < 0) {
            in.seek(Integer.MAX_VALUE);
            throw in.error();
        }
        int select = open + 1;
        boolean readsTable = hasTopLevelFrom(select, close);
        Expr constant = readsTable ? null : constantSelect(select, close);
        String text = in.text(select, close);
        in.seek(close + 1);
        depth--;
        return new Expr.Subquery(text, readsTable, constant);
    }

    private boolean hasTopLevelFrom(int from, int close) {
        for (int i = from; i < close; i++) {
            Token t = in.tokenAt(i);
            if (t.isOperator("(")) {
                int inner = in.closingParen(i);
                i = inner < 0 ? close : inner;
            } else if (t.isWord("FROM")) {
                return true;
            }
        }
        return false;
    }

    private Expr constantSelect(int select, int close) {
        TokenCursor body = in.slice(select + 1, close);
        List<SelectItem> items = new ExpressionParser(body, depth).selectList();
        if (!body.atEnd()) {
            throw body.error();
        }
        if (items.stream().anyMatch(SelectItem::star)) {
            return null;
        }
        List<Expr> values = items.stream().map(SelectItem::expr).toList();
        return values.size() == 1 ? values.get(0) : new Expr.RowValue(values);
    }
}
