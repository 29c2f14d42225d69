package io.eventd.http.client;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.SqlError;
import java.util.Collections;
import java.util.List;

/**
 * One statement's result as {@code POST /v1/sql} answered it (DESIGN.md "Statement result").
 *
 * @param columns null unless the statement returned rows
 * @param rows    cells are String, Long or null
 * @param error   null when {@code ok}
 */
public record ClientResult(int statement, boolean ok, List<Diagnostic> warnings, String event, List<String> fires,
                           List<String> columns, List<List<Object>> rows, SqlError error) {
    public ClientResult {
        warnings = List.copyOf(warnings);
        fires = fires == null ? null : List.copyOf(fires);
        columns = columns == null ? null : List.copyOf(columns);
        rows = rows == null ? null : rows.stream().map(Collections::unmodifiableList).toList();
    }

    public boolean hasRows() {
        return columns != null;
    }
}
