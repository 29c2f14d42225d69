package io.eventd.core.error;

import java.util.Objects;

/** A MySQL-shaped error: numeric code, five-character SQLSTATE and message text. */
public record SqlError(int code, String sqlState, String message) {
    public SqlError {
        Objects.requireNonNull(sqlState, "sqlState");
        Objects.requireNonNull(message, "message");
    }

    public Diagnostic asDiagnostic(Level level) {
        return new Diagnostic(level, code, message);
    }

    /** The line the mysql client prints: {@code ERROR 1537 (HY000): Event 'e' already exists}. */
    public String clientLine() {
        return "ERROR " + code + " (" + sqlState + "): " + message;
    }
}
