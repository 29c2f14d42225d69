package io.eventd.bench.engine;

import io.eventd.core.event.EventKey;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Fills the catalog table in MySQL directly, while no member runs: the row of one event created over HTTP is copied
 * under the names that follow it ({@code c0000001} …), through MariaDB's sequence engine, 100 000 rows a statement.
 * A million CREATE EVENT over HTTP take ~17 minutes here; this takes well under one, and what is measured after it
 * (the cluster loading the catalog from MySQL) is the same.
 */
final class CatalogSeed {
    private static final int CHUNK = 100_000;
    private static final String TABLE = BenchDatabase.METADATA_SCHEMA + ".events";

    private CatalogSeed() {
    }

    /** Copies the row of event {@code bench.<prefix>0000000} to {@code <prefix>0000001} … {@code events - 1}. */
    static void copy(BenchDatabase database, String prefix, int events) {
        String template = BenchEvents.name(prefix, 0);
        String[] columns = database.text("SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM "
                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = '" + BenchDatabase.METADATA_SCHEMA
                + "' AND TABLE_NAME = 'events'").split(",");
        String copied = "CONCAT('" + prefix + "', LPAD(s.seq, 7, '0'))";
        String select = Arrays.stream(columns).map(column -> switch (column) {
            case "name" -> copied;
            case "name_folded" -> "CONCAT('" + EventKey.fold(prefix) + "', LPAD(s.seq, 7, '0'))";
            default -> "t.`" + column + "`";
        }).collect(Collectors.joining(", "));
        String into = Arrays.stream(columns).map(column -> "`" + column + "`").collect(Collectors.joining(", "));
        for (int from = 1; from < events; from += CHUNK) {
            int to = Math.min(events - 1, from + CHUNK - 1);
            database.execute("INSERT INTO " + TABLE + " (" + into + ") SELECT " + select + " FROM " + TABLE
                    + " t JOIN " + BenchDatabase.BENCH_SCHEMA + ".seq_" + from + "_to_" + to + " s WHERE"
                    + " t.schema_name = '" + BenchDatabase.BENCH_SCHEMA + "' AND t.name = '" + template + "'");
        }
        long stored = database.count("SELECT COUNT(*) FROM " + TABLE + " WHERE schema_name = '"
                + BenchDatabase.BENCH_SCHEMA + "' AND name LIKE '" + prefix + "%'");
        if (stored != events) {
            throw new IllegalStateException("seeded " + stored + " catalog rows, wanted " + events);
        }
    }
}
