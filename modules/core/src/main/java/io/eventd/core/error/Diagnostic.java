package io.eventd.core.error;

import java.util.Objects;

/** One row of SHOW WARNINGS: level, code, message. */
public record Diagnostic(Level level, int code, String message) {
    public Diagnostic {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
