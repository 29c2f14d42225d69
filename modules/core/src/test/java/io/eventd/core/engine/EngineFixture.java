package io.eventd.core.engine;

import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.OfflineAccounts;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.Parser;
import io.eventd.core.sql.ast.DefinerClause;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.ast.StatusClause;
import io.eventd.core.sql.expr.Expr;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * An offline engine (in-memory catalog, clock at 2026-01-01 00:00:00 UTC, scheduler ON, database {@code test}) and
 * builders for the statements tests run, built as AST records.
 */
final class EngineFixture {
    static final long START = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final Account OTHER = new Account("app", "localhost");

    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemorySchemas schemas = new InMemorySchemas("test", "mysql", "other");
    final OfflineClock clock = new OfflineClock(START);
    final OfflineScheduler scheduler;
    final StatementExecutor executor;
    final Session session;

    EngineFixture() {
        this(ZoneOffset.UTC);
    }

    EngineFixture(ZoneId systemZone) {
        scheduler = new OfflineScheduler(catalog, clock, systemZone, true);
        executor = new StatementExecutor(new Engine(catalog, schemas,
                OfflineAccounts.withAccount(OTHER, Set.of("other")), scheduler));
        session = new Session(OfflineAccounts.ROOT, clock, systemZone);
        session.setDatabase("test");
        session.setFires(3);
    }

    StatementResult run(Statement statement) {
        return executor.execute(statement, session);
    }

    /** One statement as a user types it, parsed then run. */
    StatementResult sql(String text) {
        return run(Parser.parse(text));
    }

    StatementResult ok(Statement statement) {
        StatementResult result = run(statement);
        if (!result.ok()) {
            throw new AssertionError(result.error().clientLine());
        }
        return result;
    }

    SqlError error(Statement statement) {
        StatementResult result = run(statement);
        if (result.ok()) {
            throw new AssertionError("expected an error, got " + result);
        }
        return result.error();
    }

    EventDefinition stored(String schema, String name) {
        return catalog.find(EventKey.of(schema, name)).orElseThrow();
    }

    boolean exists(String schema, String name) {
        return catalog.find(EventKey.of(schema, name)).isPresent();
    }

    /** SET TIMESTAMP to a UTC wall-clock time. */
    void setTime(String utc) {
        ok(set(new Expr.SystemVariable(null, "timestamp"), new Expr.NumberLiteral(Long.toString(epoch(utc)))));
    }

    static long epoch(String utc) {
        return LocalDateTime.parse(utc.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
    }

    // ---- expressions

    static Expr str(String value) {
        return new Expr.StringLiteral(value);
    }

    static Expr num(long value) {
        return new Expr.NumberLiteral(Long.toString(value));
    }

    static Expr now() {
        return new Expr.FunctionCall("NOW", List.of());
    }

    /** {@code NOW() + INTERVAL n unit}. */
    static Expr nowPlus(long n, IntervalUnit unit) {
        return new Expr.Binary(Expr.BinaryOp.PLUS, now(), new Expr.IntervalValue(num(n), unit));
    }

    static Expr column(String name) {
        return new Expr.Column(null, name);
    }

    // ---- statements

    static EventBuilder event(String name) {
        return new EventBuilder(new QualifiedName(null, name));
    }

    static EventBuilder event(String schema, String name) {
        return new EventBuilder(new QualifiedName(schema, name));
    }

    static Statement.DropEvent drop(String name, boolean ifExists) {
        return new Statement.DropEvent(ifExists, new QualifiedName(null, name));
    }

    static Statement.ShowCreateEvent showCreate(String name) {
        return new Statement.ShowCreateEvent(new QualifiedName(null, name));
    }

    static Statement.Set set(Expr target, Expr value) {
        return new Statement.Set(List.of(new Statement.Assignment(target, value)));
    }

    static Statement.Select selectEvents(List<Statement.SelectItem> items, Expr where) {
        return new Statement.Select(items, new QualifiedName("information_schema", "EVENTS"), where, List.of(),
                null, null);
    }

    static Statement.SelectItem star() {
        return new Statement.SelectItem(null, null, true, "*");
    }

    static Statement.SelectItem item(Expr expr, String text) {
        return new Statement.SelectItem(expr, null, false, text);
    }

    /** Builds CREATE and ALTER EVENT statements; unset clauses stay null as the parser leaves them. */
    static final class EventBuilder {
        private final QualifiedName name;
        private DefinerClause definer;
        private boolean ifNotExists;
        private ScheduleClause schedule;
        private OnCompletion completion;
        private StatusClause status;
        private String comment;
        private String body;
        private QualifiedName renameTo;

        private EventBuilder(QualifiedName name) {
            this.name = name;
        }

        EventBuilder at(Expr at) {
            schedule = new ScheduleClause.At(at);
            return this;
        }

        EventBuilder every(long n, IntervalUnit unit) {
            return every(num(n), unit, null, null);
        }

        EventBuilder every(Expr value, IntervalUnit unit, Expr starts, Expr ends) {
            schedule = new ScheduleClause.Every(value, unit, starts, ends);
            return this;
        }

        EventBuilder definer(String user, String host) {
            definer = new DefinerClause(user, host);
            return this;
        }

        EventBuilder ifNotExists() {
            ifNotExists = true;
            return this;
        }

        EventBuilder preserve() {
            completion = OnCompletion.PRESERVE;
            return this;
        }

        EventBuilder notPreserve() {
            completion = OnCompletion.NOT_PRESERVE;
            return this;
        }

        EventBuilder status(StatusClause clause) {
            status = clause;
            return this;
        }

        EventBuilder comment(String text) {
            comment = text;
            return this;
        }

        EventBuilder body(String text) {
            body = text;
            return this;
        }

        EventBuilder renameTo(String schema, String newName) {
            renameTo = new QualifiedName(schema, newName);
            return this;
        }

        Statement.CreateEvent create() {
            return new Statement.CreateEvent(definer, ifNotExists, name, schedule, completion, status, comment,
                    body == null ? "SELECT 1" : body);
        }

        Statement.AlterEvent alter() {
            return new Statement.AlterEvent(definer, name, schedule, completion, renameTo, status, comment, body);
        }
    }
}
