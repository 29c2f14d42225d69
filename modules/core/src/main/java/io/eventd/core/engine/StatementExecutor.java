package io.eventd.core.engine;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.Parser;
import io.eventd.core.sql.ScriptSplitter;
import io.eventd.core.sql.ScriptStatement;
import io.eventd.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes statements against a session and the engine's ports. A failing statement changes nothing and answers
 * its error; SHOW WARNINGS then lists the notes it raised first and the error row, as MySQL does.
 */
public final class StatementExecutor {
    private final Engine engine;

    public StatementExecutor(Engine engine) {
        this.engine = engine;
    }

    /** Parses and executes one statement's text; a syntax error is answered (and shown by SHOW WARNINGS) like any other. */
    public StatementResult execute(String statementText, Session session) {
        Statement statement;
        try {
            statement = Parser.parse(statementText);
        } catch (SqlException e) {
            session.setDiagnostics(List.of(e.error().asDiagnostic(Level.Error)));
            return StatementResult.failed(List.of(), e.error());
        }
        return execute(statement, session);
    }

    /** Executes a script: statements split as the mysql client does (DELIMITER honoured), run in order. */
    public List<StatementResult> executeScript(String script, Session session) {
        List<StatementResult> results = new ArrayList<>();
        for (ScriptStatement statement : ScriptSplitter.split(script)) {
            results.add(execute(statement.text(), session));
        }
        return results;
    }

    public StatementResult execute(Statement statement, Session session) {
        if (statement instanceof Statement.ShowWarnings show) {
            return ServerStatements.showWarnings(show, session);
        }
        CountedStatement counted = counted(statement);
        if (counted != null) {
            engine.counters().increment(counted);
        }
        StatementRun run = new StatementRun(session, engine);
        StatementResult result;
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            result = dispatch(statement, run);
            diagnostics.addAll(result.warnings());
        } catch (SqlException e) {
            result = StatementResult.failed(run.notes(), e.error());
            diagnostics.addAll(run.notes());
            diagnostics.add(e.error().asDiagnostic(Level.Error));
        }
        session.setDiagnostics(diagnostics);
        return result;
    }

    /** The Com_* counter a statement counts in, as MySQL counts it (failed executions included); null for none. */
    private static CountedStatement counted(Statement statement) {
        if (statement instanceof Statement.CreateEvent) {
            return CountedStatement.CREATE_EVENT;
        }
        if (statement instanceof Statement.AlterEvent) {
            return CountedStatement.ALTER_EVENT;
        }
        if (statement instanceof Statement.DropEvent) {
            return CountedStatement.DROP_EVENT;
        }
        if (statement instanceof Statement.ShowEvents) {
            return CountedStatement.SHOW_EVENTS;
        }
        return statement instanceof Statement.ShowCreateEvent ? CountedStatement.SHOW_CREATE_EVENT : null;
    }

    private StatementResult dispatch(Statement statement, StatementRun run) {
        if (statement instanceof Statement.CreateEvent create) {
            return CreateEventStatement.execute(create, run);
        }
        if (statement instanceof Statement.AlterEvent alter) {
            return AlterEventStatement.execute(alter, run);
        }
        if (statement instanceof Statement.DropEvent drop) {
            return DropEventStatement.execute(drop, run);
        }
        if (statement instanceof Statement.ShowEvents show) {
            return EventQueries.showEvents(show, run);
        }
        if (statement instanceof Statement.ShowCreateEvent show) {
            return EventQueries.showCreateEvent(show, run);
        }
        if (statement instanceof Statement.Select select) {
            return select.from() == null
                    ? ServerStatements.selectExpressions(select, run) : EventsSelect.execute(select, run);
        }
        if (statement instanceof Statement.Set set) {
            return SetStatement.execute(set, run);
        }
        if (statement instanceof Statement.ShowVariables show) {
            return ServerStatements.showVariables(show, run);
        }
        if (statement instanceof Statement.Use use) {
            return DatabaseStatements.use(use, run);
        }
        if (statement instanceof Statement.CreateDatabase create) {
            return DatabaseStatements.create(create, run);
        }
        if (statement instanceof Statement.DropDatabase drop) {
            return DatabaseStatements.drop(drop, run);
        }
        return dispatchServer(statement, run);
    }

    private static StatementResult dispatchServer(Statement statement, StatementRun run) {
        if (statement instanceof Statement.CreateUser create) {
            return AccountStatements.createUser(create, run);
        }
        if (statement instanceof Statement.AlterUser alter) {
            return AccountStatements.alterUser(alter, run);
        }
        if (statement instanceof Statement.DropUser drop) {
            return AccountStatements.dropUser(drop, run);
        }
        if (statement instanceof Statement.Grant grant) {
            return AccountStatements.grant(grant, run);
        }
        if (statement instanceof Statement.Revoke revoke) {
            return AccountStatements.revoke(revoke, run);
        }
        if (statement instanceof Statement.ShowGrants show) {
            return AccountStatements.showGrants(show, run);
        }
        if (statement instanceof Statement.ShowProcesslist show) {
            return ProcessList.show(show.full(), run);
        }
        if (statement instanceof Statement.ShowStatus show) {
            return ServerStatements.showStatus(show, run);
        }
        throw new SqlException(EventdErrors.unsupportedStatement(statement.getClass().getSimpleName()));
    }
}
