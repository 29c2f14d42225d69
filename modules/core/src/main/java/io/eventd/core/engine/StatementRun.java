package io.eventd.core.engine;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlError;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.eval.Evaluator;
import java.util.ArrayList;
import java.util.List;

/** One statement being executed: its session, the engine's ports, its fixed now and the notes it raised. */
final class StatementRun {
    private final Session session;
    private final Engine engine;
    private final long now;
    private final List<Diagnostic> notes = new ArrayList<>();

    StatementRun(Session session, Engine engine) {
        this.session = session;
        this.engine = engine;
        this.now = session.now();
    }

    Session session() {
        return session;
    }

    Engine engine() {
        return engine;
    }

    long now() {
        return now;
    }

    List<Diagnostic> notes() {
        return notes;
    }

    void note(SqlError error) {
        notes.add(error.asDiagnostic(Level.Note));
    }

    void warning(SqlError error) {
        notes.add(error.asDiagnostic(Level.Warning));
    }

    void notes(List<Diagnostic> diagnostics) {
        notes.addAll(diagnostics);
    }

    StatementContext context() {
        return new StatementContext(session, engine.scheduler(), now, StatementContext.NO_COLUMNS);
    }

    Evaluator evaluator() {
        return new Evaluator(context());
    }

    /** The schema of {@code [db.]name}: the current database when unqualified, 1046 when there is none. */
    String schemaOf(QualifiedName name) {
        return name.qualified() ? name.schema() : currentDatabase();
    }

    String currentDatabase() {
        if (session.database() == null) {
            throw new SqlException(MysqlErrors.noDatabaseSelected());
        }
        return session.database();
    }

    boolean isAdmin() {
        return engine.accounts().isAdmin(session.user());
    }

    /** 1044 unless the session user holds EVENT on {@code schema}. */
    void requireEventPrivilege(String schema) {
        Account user = session.user();
        if (!engine.accounts().hasEventPrivilege(user, schema)) {
            throw new SqlException(MysqlErrors.databaseAccessDenied(user.user(), user.host(), schema));
        }
    }
}
