package io.eventd.core.engine;

import io.eventd.core.render.EventsColumn;
import java.util.List;

/**
 * A table a SELECT reads: its schema, its name (the only qualifier its columns accept), its columns with their
 * kinds, and the rows the user may see.
 *
 * @param rows cells in column order: String, Long or null; DATETIME cells as {@code YYYY-MM-DD HH:MM:SS[.ffffff]}
 */
record QueryTable(String schema, String name, List<String> columns, List<EventsColumn.Kind> kinds,
                  List<List<Object>> rows) {
    /** The table of a SELECT without FROM: one row, no column. */
    static final QueryTable DUAL = new QueryTable("", "DUAL", List.of(), List.of(), List.of(List.of()));

    QueryTable {
        columns = List.copyOf(columns);
        kinds = List.copyOf(kinds);
    }

    /** The index of the column called {@code column} (case-insensitive), -1 when there is none. */
    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return -1;
    }
}
