package io.eventd.core.sql;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** SHOW EVENTS / VARIABLES / WARNINGS, SELECT, SET, USE and CREATE / DROP DATABASE. */
final class QueryStatementParser {
    /** Words MySQL accepts alone as a SET value; they become {@link Expr.Column}s the executor maps. */
    private static final Set<String> SET_VALUE_WORDS = Set.of("ON", "OFF", "ALL", "BINARY", "ROW", "SYSTEM",
            "DEFAULT");
    private static final Set<String> OTHER_SET_FORMS = Set.of("NAMES", "CHARACTER", "CHARSET", "PASSWORD",
            "TRANSACTION", "ROLE", "DEFAULT", "RESOURCE", "PERSIST", "PERSIST_ONLY");
    private static final Set<String> UNSUPPORTED_SELECT_CLAUSES = Set.of("GROUP", "HAVING", "WINDOW", "UNION",
            "INTO", "FOR", "LOCK", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS", "NATURAL", "STRAIGHT_JOIN",
            "EXCEPT", "INTERSECT");

    private static final Set<String> SELECT_MODIFIERS = Set.of("DISTINCT", "DISTINCTROW", "ALL", "HIGH_PRIORITY",
            "STRAIGHT_JOIN", "SQL_SMALL_RESULT", "SQL_BIG_RESULT", "SQL_BUFFER_RESULT", "SQL_NO_CACHE",
            "SQL_CALC_FOUND_ROWS");
    private static final Set<String> DATABASE_OPTIONS = Set.of("DEFAULT", "CHARACTER", "CHARSET", "COLLATE",
            "ENCRYPTION");

    private final TokenCursor in;
    private final ExpressionParser expressions;

    QueryStatementParser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
    }

    /**
     * After SHOW: EVENTS, CREATE EVENT, GRANTS, [FULL] PROCESSLIST, [GLOBAL|SESSION] VARIABLES | STATUS, WARNINGS;
     * null for other SHOW forms.
     */
    Statement show() {
        if (in.acceptWord("EVENTS")) {
            String schema = in.acceptWord("FROM") || in.acceptWord("IN") ? Names.schemaName(in) : null;
            String like = like();
            Expr where = like == null ? where() : null;
            in.expectStatementEnd();
            return new Statement.ShowEvents(schema, like, where);
        }
        if (in.peekWord("CREATE") && in.peek(1).isWord("EVENT")) {
            in.next();
            in.next();
            QualifiedName name = Names.eventName(in);
            in.expectStatementEnd();
            return new Statement.ShowCreateEvent(name);
        }
        if (in.peekWord("GRANTS")) {
            return new AccountStatementParser(in).showGrants();
        }
        if (in.peekWord("PROCESSLIST") || in.peekWord("FULL") && in.peek(1).isWord("PROCESSLIST")) {
            boolean full = in.acceptWord("FULL");
            in.expectWord("PROCESSLIST");
            in.expectStatementEnd();
            return new Statement.ShowProcesslist(full);
        }
        Expr.Scope scope = ExpressionParser.scope(in.peekKeyword(0));
        if (scope != null && (in.peek(1).isWord("VARIABLES") || in.peek(1).isWord("STATUS"))) {
            in.next();
        }
        if (in.acceptWord("STATUS")) {
            String like = like();
            Expr where = like == null ? where() : null;
            in.expectStatementEnd();
            return new Statement.ShowStatus(scope, like, where);
        }
        if (in.acceptWord("VARIABLES")) {
            String like = like();
            Expr where = like == null ? where() : null;
            in.expectStatementEnd();
            return new Statement.ShowVariables(scope, like, where);
        }
        if (in.acceptWord("WARNINGS")) {
            Long limit = in.acceptWord("LIMIT") ? number() : null;
            in.expectStatementEnd();
            return new Statement.ShowWarnings(limit);
        }
        return null;
    }

    private String like() {
        if (!in.acceptWord("LIKE")) {
            return null;
        }
        if (in.peek().type() != TokenType.STRING) {
            throw in.error();
        }
        return in.next().value();
    }

    private Expr where() {
        return in.acceptWord("WHERE") ? expressions.parseExpr() : null;
    }

    private Long number() {
        Token t = in.peek();
        if (t.type() != TokenType.NUMBER || !t.text().chars().allMatch(Character::isDigit) || t.text().length() > 18) {
            throw in.error();
        }
        return Long.parseLong(in.next().text());
    }

    /**
     * After SELECT: {@code items [FROM {information_schema.EVENTS | eventd.history} [[AS] alias]] [WHERE …] [ORDER BY …] [LIMIT …]}.
     * The table alias is accepted and not recorded: column qualifiers are kept as written.
     */
    Statement.Select select() {
        if (SELECT_MODIFIERS.contains(in.peekKeyword(0))) {
            throw new SqlException(EventdErrors.unsupportedQuery(in.peekKeyword(0)));
        }
        List<Statement.SelectItem> items = expressions.selectList();
        QualifiedName from = null;
        if (in.acceptWord("FROM")) {
            from = eventsTable();
            if (in.acceptWord("AS")) {
                in.identifier();
            } else if (in.peek().isIdentifier()) {
                in.next();
            }
        }
        Expr where = where();
        rejectUnsupportedClause();
        List<Statement.OrderItem> orderBy = new ArrayList<>();
        if (in.acceptWord("ORDER")) {
            in.expectWord("BY");
            do {
                Expr e = expressions.parseExpr();
                boolean descending = in.acceptWord("DESC");
                if (!descending) {
                    in.acceptWord("ASC");
                }
                orderBy.add(new Statement.OrderItem(e, descending));
            } while (in.acceptOperator(","));
        }
        Long limit = null;
        Long offset = null;
        if (in.acceptWord("LIMIT")) {
            limit = number();
            if (in.acceptOperator(",")) {
                offset = limit;
                limit = number();
            } else if (in.acceptWord("OFFSET")) {
                offset = number();
            }
        }
        rejectUnsupportedClause();
        in.expectStatementEnd();
        return new Statement.Select(items, from, where, orderBy, limit, offset);
    }

    /**
     * {@code information_schema.EVENTS} or {@code eventd.history} (names in any case), or {@code EVENTS} /
     * {@code history} unqualified (for a session in that schema).
     */
    private QualifiedName eventsTable() {
        int first = in.position();
        String schema = null;
        String table = in.identifier();
        if (in.acceptOperator(".")) {
            schema = table;
            table = in.identifier();
        }
        boolean events = table.equalsIgnoreCase("EVENTS")
                && (schema == null || schema.equalsIgnoreCase("information_schema"));
        boolean history = table.equalsIgnoreCase("history") && (schema == null || schema.equalsIgnoreCase("eventd"));
        if (!events && !history) {
            throw new SqlException(EventdErrors.unsupportedStatement("SELECT FROM " + in.text(first, in.position())));
        }
        return new QualifiedName(schema, table);
    }

    private void rejectUnsupportedClause() {
        String word = in.peekKeyword(0);
        if (UNSUPPORTED_SELECT_CLAUSES.contains(word) || in.peekOperator(",")) {
            throw new SqlException(EventdErrors.unsupportedQuery(word.isEmpty() ? in.peek().text() : word));
        }
    }

    /** After SET: comma-separated assignments; a GLOBAL/SESSION keyword carries over to later bare names. */
    Statement.Set set() {
        List<Statement.Assignment> assignments = new ArrayList<>();
        Expr.Scope scope = null;
        do {
            Token t = in.peek();
            Expr target;
            if (t.type() == TokenType.USER_VARIABLE) {
                target = new Expr.UserVariable(in.next().value());
            } else if (t.type() == TokenType.SYSTEM_VARIABLE) {
                target = ExpressionParser.systemVariable(in.next());
            } else {
                Expr.Scope written = ExpressionParser.scope(in.peekKeyword(0));
                if (written != null && !isAssignmentOperator(in.peek(1))) {
                    in.next();
                    scope = written;
                }
                rejectOtherSetForms();
                target = new Expr.SystemVariable(scope, in.identifier());
            }
            if (!isAssignmentOperator(in.peek())) {
                throw in.error();
            }
            in.next();
            assignments.add(new Statement.Assignment(target, setValue()));
        } while (in.acceptOperator(","));
        in.expectStatementEnd();
        return new Statement.Set(assignments);
    }

    private void rejectOtherSetForms() {
        String word = in.peekKeyword(0);
        if (OTHER_SET_FORMS.contains(word) && !isAssignmentOperator(in.peek(1))) {
            throw new SqlException(EventdErrors.unsupportedStatement("SET " + word));
        }
    }

    private static boolean isAssignmentOperator(Token t) {
        return t.isOperator("=") || t.isOperator(":=");
    }

    private Expr setValue() {
        Token next = in.peek(1);
        boolean alone = next.type() == TokenType.END || next.isOperator(",") || next.isOperator(";");
        if (alone && SET_VALUE_WORDS.contains(in.peekKeyword(0))) {
            return new Expr.Column(null, in.next().value());
        }
        return expressions.parseExpr();
    }

    /** After USE. */
    Statement.Use use() {
        String schema = Names.schemaName(in);
        in.expectStatementEnd();
        return new Statement.Use(schema);
    }

    /** After CREATE, on DATABASE or SCHEMA. */
    Statement.CreateDatabase createDatabase() {
        in.next();
        boolean ifNotExists = false;
        if (in.acceptWord("IF")) {
            in.expectWord("NOT");
            in.expectWord("EXISTS");
            ifNotExists = true;
        }
        String schema = Names.schemaName(in);
        if (DATABASE_OPTIONS.contains(in.peekKeyword(0))) {
            throw new SqlException(EventdErrors.unsupportedStatement("CREATE DATABASE … " + in.peekKeyword(0)));
        }
        in.expectStatementEnd();
        return new Statement.CreateDatabase(ifNotExists, schema);
    }

    /** After DROP, on DATABASE or SCHEMA. */
    Statement.DropDatabase dropDatabase() {
        in.next();
        boolean ifExists = false;
        if (in.acceptWord("IF")) {
            in.expectWord("EXISTS");
            ifExists = true;
        }
        String schema = Names.schemaName(in);
        in.expectStatementEnd();
        return new Statement.DropDatabase(ifExists, schema);
    }
}
