package io.eventd.core.sql;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.DefinerClause;
import io.eventd.core.sql.ast.Statement;
import java.util.Set;

/**
 * Parses one statement (as {@link ScriptSplitter} cuts them) into a {@link Statement}. Every failure is a
 * {@link SqlException}: MySQL's 1064 for syntax errors (with MySQL's {@code near '…' at line N} text), the name
 * errors 1059/1458/1102, 1576 for event DDL nested in a body, 1065 for an empty statement, and eventd's 7902 for
 * a well-formed statement of a kind eventd does not serve.
 */
public final class Parser {
    /** First words of MySQL statements eventd does not serve (answered 7902 rather than 1064). */
    private static final Set<String> OTHER_STATEMENTS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "CALL",
            "GRANT", "REVOKE", "START", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "LOCK", "UNLOCK",
            "EXPLAIN", "DESCRIBE", "DESC", "TRUNCATE", "RENAME", "ANALYZE", "OPTIMIZE", "REPAIR", "CHECK", "CHECKSUM",
            "FLUSH", "KILL", "PREPARE", "EXECUTE", "DEALLOCATE", "DO", "HANDLER", "LOAD", "XA", "INSTALL", "UNINSTALL",
            "RESET", "PURGE", "CHANGE", "STOP", "HELP", "WITH", "TABLE", "VALUES", "IMPORT", "CLONE", "SIGNAL",
            "RESIGNAL", "GET", "CACHE", "BINLOG", "SHUTDOWN", "RESTART");
    /** Objects of CREATE / ALTER / DROP other than events and databases. */
    private static final Set<String> OTHER_OBJECTS = Set.of("TABLE", "TEMPORARY", "VIEW", "INDEX", "UNIQUE",
            "FULLTEXT", "SPATIAL", "USER", "ROLE", "PROCEDURE", "FUNCTION", "TRIGGER", "OR", "ALGORITHM", "SQL",
            "TABLESPACE", "SERVER", "LOGFILE", "RESOURCE", "AGGREGATE", "UNDO", "INSTANCE", "ONLINE", "OFFLINE",
            "IGNORE", "DATABASE", "SCHEMA", "DEFINER");
    /** What may follow SHOW in statements eventd does not serve. */
    private static final Set<String> OTHER_SHOWS = Set.of("TABLES", "FULL", "DATABASES", "SCHEMAS", "COLUMNS",
            "FIELDS", "INDEX", "INDEXES", "KEYS", "STATUS", "PROCESSLIST", "GRANTS", "CREATE", "TABLE", "ENGINES",
            "ENGINE", "ERRORS", "PLUGINS", "PRIVILEGES", "PROCEDURE", "FUNCTION", "TRIGGERS", "OPEN", "MASTER",
            "SLAVE", "REPLICA", "REPLICAS", "BINARY", "BINLOG", "RELAYLOG", "CHARACTER", "CHARSET", "COLLATION",
            "PROFILE", "PROFILES", "EXTENDED", "COUNT", "GLOBAL", "SESSION", "LOCAL", "STORAGE");

    private static final Set<String> VERBS_WITH_OBJECT = Set.of("CREATE", "ALTER", "DROP", "SHOW");

    private final TokenCursor in;

    private Parser(String text) {
        this.in = new TokenCursor(text, Lexer.tokenize(text));
    }

    public static Statement parse(String statementText) {
        return new Parser(statementText).statement();
    }

    private Statement statement() {
        Token first = in.peek();
        if (first.type() == TokenType.END) {
            throw new SqlException(MysqlErrors.emptyQuery());
        }
        QueryStatementParser queries = new QueryStatementParser(in);
        Statement statement = switch (in.peekKeyword(0)) {
            case "CREATE" -> create(queries);
            case "ALTER" -> alter();
            case "DROP" -> drop(queries);
            case "SHOW" -> {
                in.next();
                yield queries.show();
            }
            case "SELECT" -> {
                in.next();
                yield queries.select();
            }
            case "SET" -> {
                in.next();
                yield queries.set();
            }
            case "USE" -> {
                in.next();
                yield queries.use();
            }
            case "GRANT" -> {
                in.next();
                yield new AccountStatementParser(in).grant();
            }
            case "REVOKE" -> {
                in.next();
                yield new AccountStatementParser(in).revoke();
            }
            default -> null;
        };
        if (statement == null) {
            throw otherStatement();
        }
        return statement;
    }

    private Statement create(QueryStatementParser queries) {
        in.next();
        if (in.peekWord("DATABASE") || in.peekWord("SCHEMA")) {
            return queries.createDatabase();
        }
        if (in.peekWord("USER")) {
            return new AccountStatementParser(in).createUser();
        }
        DefinerClause definer = in.peekWord("DEFINER") ? EventStatementParser.definer(in) : null;
        return in.peekWord("EVENT") ? new EventStatementParser(in).create(definer) : null;
    }

    private Statement alter() {
        in.next();
        if (in.peekWord("USER")) {
            return new AccountStatementParser(in).alterUser();
        }
        DefinerClause definer = in.peekWord("DEFINER") ? EventStatementParser.definer(in) : null;
        return in.peekWord("EVENT") ? new EventStatementParser(in).alter(definer) : null;
    }

    private Statement drop(QueryStatementParser queries) {
        in.next();
        if (in.peekWord("DATABASE") || in.peekWord("SCHEMA")) {
            return queries.dropDatabase();
        }
        if (in.peekWord("USER")) {
            return new AccountStatementParser(in).dropUser();
        }
        return in.peekWord("EVENT") ? new EventStatementParser(in).drop() : null;
    }

    /**
     * A statement that is not one of eventd's, the cursor on its object word (after CREATE, ALTER, DROP or SHOW):
     * 1576 when it is a stored program creating an event, 7902 when it reads like a MySQL statement, else 1064
     * at the first word that does not fit.
     */
    private SqlException otherStatement() {
        Token objectToken = in.peek();
        String object = in.peekKeyword(0);
        in.seek(0);
        String verb = in.peekKeyword(0);
        boolean hasObject = VERBS_WITH_OBJECT.contains(verb);
        boolean known = OTHER_STATEMENTS.contains(verb)
                || (hasObject && (verb.equals("SHOW") ? OTHER_SHOWS : OTHER_OBJECTS).contains(object));
        if (!known) {
            return in.errorAt(hasObject ? objectToken : in.peek());
        }
        for (in.next(); !in.atEnd(); in.next()) {
            if (in.peek().type() == TokenType.ERROR) {
                return in.error();
            }
            if (verb.equals("CREATE") && in.peekWord("CREATE") && BodyScanner.eventDdlAt(in, 0)) {
                return new SqlException(MysqlErrors.recursionForbidden());
            }
        }
        return new SqlException(EventdErrors.unsupportedStatement(hasObject ? verb + " " + object : verb));
    }
}
