package io.eventd.core.engine;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.SqlError;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of one statement, as DESIGN.md's statement-result JSON carries it.
 *
 * @param event   {@code schema.name} for CREATE / ALTER EVENT, else null
 * @param fires   the coming firings in UTC {@code YYYY-MM-DD HH:MM:SS} for CREATE / ALTER EVENT
 * @param columns column names for statements that return rows, else null
 * @param rows    cells are String, Long or null
 */
public record StatementResult(boolean ok, List<Diagnostic> warnings, String event, List<String> fires,
                              SqlError error, List<String> columns, List<List<Object>> rows) {
    public StatementResult {
        warnings = List.copyOf(warnings);
        fires = fires == null ? null : List.copyOf(fires);
        columns = columns == null ? null : List.copyOf(columns);
        rows = rows == null ? null : rows.stream().map(Collections::unmodifiableList).toList();
    }

    public static StatementResult ok(List<Diagnostic> warnings) {
        return new StatementResult(true, warnings, null, null, null, null, null);
    }

    public static StatementResult event(List<Diagnostic> warnings, String event, List<String> fires) {
        return new StatementResult(true, warnings, event, fires, null, null, null);
    }

    public static StatementResult rows(List<Diagnostic> warnings, List<String> columns, List<List<Object>> rows) {
        return new StatementResult(true, warnings, null, null, null, columns, rows);
    }

    public static StatementResult failed(List<Diagnostic> warnings, SqlError error) {
        return new StatementResult(false, warnings, null, null, error, null, null);
    }
}
