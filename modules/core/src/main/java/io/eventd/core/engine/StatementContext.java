package io.eventd.core.engine;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.eval.EvalContext;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.expr.Expr;
import java.time.ZoneId;

/** What expressions of a statement see: its now, the session, system variables and, in queries, the current row. */
final class StatementContext implements EvalContext {

    /** Resolves a column of the current row. */
    @FunctionalInterface
    interface Columns {
        Value column(String qualifier, String name);
    }

    static final Columns NO_COLUMNS = (qualifier, name) -> {
        throw new SqlException(MysqlErrors.unknownColumn(name, "field list"));
    };

    private final Session session;
    private final Scheduler scheduler;
    private final long now;
    private final Columns columns;

    StatementContext(Session session, Scheduler scheduler, long now, Columns columns) {
        this.session = session;
        this.scheduler = scheduler;
        this.now = now;
        this.columns = columns;
    }

    StatementContext withColumns(Columns rowColumns) {
        return new StatementContext(session, scheduler, now, rowColumns);
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public ZoneId sessionZone() {
        return session.zone();
    }

    @Override
    public Value userVariable(String name) {
        return session.userVariable(name);
    }

    @Override
    public Value systemVariable(Expr.Scope scope, String name) {
        return SystemVariable.read(scope, name, session, scheduler);
    }

    @Override
    public Value column(String qualifier, String name) {
        return columns.column(qualifier, name);
    }
}
