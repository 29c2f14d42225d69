package io.eventd.core.engine;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlException;
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

    public StatementResult execute(Statement statement, Session session) {
        if (statement instanceof Statement.ShowWarnings show) {
            return ServerStatements.showWarnings(show, session);
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
        throw new SqlException(EventdErrors.unsupportedStatement(statement.getClass().getSimpleName()));
    }
}
