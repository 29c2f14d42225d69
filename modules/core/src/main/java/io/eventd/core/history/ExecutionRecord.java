package io.eventd.core.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One firing of one event and what came of it (DESIGN invariant 6). Optional fields are null when they do not
 * apply: {@code finishedAt} while running, the error fields unless FAILED, {@code reason} unless SKIPPED or
 * ABANDONED.
 *
 * @param scheduledAt   the grid instant the firing was due at, UTC epoch seconds (with the event, the firing's identity)
 * @param fencingToken  the token of the claim that allowed this run; a later claim of the same event has a larger one
 */
public record ExecutionRecord(
        String schema,
        String event,
        long scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        ExecutionStatus status,
        long rowsAffected,
        int warnings,
        Integer errorCode,
        String sqlState,
        String errorMessage,
        String reason,
        String node,
        int attempt,
        long fencingToken) {

    public ExecutionRecord {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(node, "node");
    }
}
