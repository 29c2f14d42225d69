package io.eventd.jdbc.store;

import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * An {@link ExecutionRecord} as a row of {@code history}. A run is identified by event, scheduled time, fencing
 * token and attempt, so saving the same run again (RUNNING, then SUCCESS) updates its row.
 */
final class HistoryRows {
    /** The run's identity first (see {@link Upsert}). */
    static final List<String> COLUMNS = List.of("schema_name", "event_name", "scheduled_at", "fencing_token",
            "attempt", "started_at", "finished_at", "status", "rows_affected", "warnings", "error_code", "sql_state",
            "error_message", "reason", "node");
    static final int KEY_COLUMNS = 5;

    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS %s (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              schema_name VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
              event_name VARCHAR(64) COLLATE utf8mb4_general_ci NOT NULL,
              scheduled_at BIGINT NOT NULL,
              fencing_token BIGINT NOT NULL,
              attempt INT NOT NULL,
              started_at DATETIME(6) NOT NULL,
              finished_at DATETIME(6) NULL,
              status VARCHAR(16) NOT NULL,
              rows_affected BIGINT NOT NULL,
              warnings INT NOT NULL,
              error_code INT NULL,
              sql_state CHAR(5) NULL,
              error_message TEXT NULL,
              reason TEXT NULL,
              node VARCHAR(255) NOT NULL,
              UNIQUE KEY run (schema_name, event_name, scheduled_at, fencing_token, attempt),
              KEY by_status (status, started_at),
              KEY by_start (started_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";

    private HistoryRows() {
    }

    static void bind(PreparedStatement statement, ExecutionRecord record) throws SQLException {
        int i = 1;
        statement.setString(i++, record.schema());
        statement.setString(i++, record.event());
        statement.setLong(i++, record.scheduledAt());
        statement.setLong(i++, record.fencingToken());
        statement.setInt(i++, record.attempt());
        Columns.setInstant(statement, i++, record.startedAt());
        Columns.setInstant(statement, i++, record.finishedAt());
        statement.setString(i++, record.status().name());
        statement.setLong(i++, record.rowsAffected());
        statement.setInt(i++, record.warnings());
        Columns.setInt(statement, i++, record.errorCode());
        statement.setString(i++, record.sqlState());
        statement.setString(i++, record.errorMessage());
        statement.setString(i++, record.reason());
        statement.setString(i, record.node());
    }

    static ExecutionRecord read(ResultSet rs) throws SQLException {
        return new ExecutionRecord(
                rs.getString("schema_name"),
                rs.getString("event_name"),
                rs.getLong("scheduled_at"),
                Columns.getInstant(rs, "started_at"),
                Columns.getInstant(rs, "finished_at"),
                ExecutionStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_affected"),
                rs.getInt("warnings"),
                Columns.getInt(rs, "error_code"),
                rs.getString("sql_state"),
                rs.getString("error_message"),
                rs.getString("reason"),
                rs.getString("node"),
                rs.getInt("attempt"),
                rs.getLong("fencing_token"));
    }
}
