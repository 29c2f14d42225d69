package io.eventd.jdbc.body;

import io.eventd.core.history.ExecutionStatus;
import java.sql.DataTruncation;
import java.sql.SQLException;
import java.time.Duration;

/**
 * What came of one run: SUCCESS with rows affected and warnings, or FAILED with the server's (or driver's) error
 * code, SQLSTATE and message.
 */
public record BodyResult(
        ExecutionStatus status,
        long rowsAffected,
        int warnings,
        Integer errorCode,
        String sqlState,
        String errorMessage,
        Duration elapsed) {
    private static final String TRUNCATION_PREFIX = "Data truncation: ";

    static BodyResult success(Executed executed, Duration elapsed) {
        return new BodyResult(ExecutionStatus.SUCCESS, executed.rowsAffected(), executed.warnings(), null, null, null,
                elapsed);
    }

    /** Reports the innermost SQLException: a pool timeout wraps the driver's own "link failure". */
    static BodyResult failure(SQLException error, Duration elapsed) {
        SQLException cause = innermost(error);
        return new BodyResult(ExecutionStatus.FAILED, 0, 0, cause.getErrorCode(), cause.getSQLState(),
                serverMessage(cause), elapsed);
    }

    /** The message as the server sent it: Connector/J prefixes a data-truncation error with its own words. */
    private static String serverMessage(SQLException error) {
        String message = error.getMessage();
        return error instanceof DataTruncation && message.startsWith(TRUNCATION_PREFIX)
                ? message.substring(TRUNCATION_PREFIX.length())
                : message;
    }

    private static SQLException innermost(SQLException error) {
        SQLException found = error;
        for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    public boolean succeeded() {
        return status == ExecutionStatus.SUCCESS;
    }
}
