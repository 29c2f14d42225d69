package io.eventd.jdbc.store;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** {@code INSERT … ON DUPLICATE KEY UPDATE} over a column list; VALUES() works on both MySQL and MariaDB. */
final class Upsert {
    private Upsert() {
    }

    /** The first {@code keyColumns} columns identify the row and are not updated. */
    static String sql(String table, List<String> columns, int keyColumns) {
        String names = columns.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String updates = columns.subList(keyColumns, columns.size()).stream()
                .map(c -> "`" + c + "` = VALUES(`" + c + "`)")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE " + updates;
    }
}
