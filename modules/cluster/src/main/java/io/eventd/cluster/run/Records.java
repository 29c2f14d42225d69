package io.eventd.cluster.run;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.body.BodyResult;
import java.time.Instant;

/** The {@link ExecutionRecord}s of a firing's life. */
final class Records {
    private Records() {
    }

    static ExecutionRecord running(EventDefinition event, long scheduledAt, Instant started, String node, int attempt,
                                   long token) {
        return new ExecutionRecord(event.schema(), event.name(), scheduledAt, started, null, ExecutionStatus.RUNNING,
                0, 0, null, null, null, null, node, attempt, token);
    }

    static ExecutionRecord finished(EventDefinition event, long scheduledAt, Instant started, BodyResult result,
                                    String node, int attempt, long token) {
        return new ExecutionRecord(event.schema(), event.name(), scheduledAt, started, started.plus(result.elapsed()),
                result.status(), result.rowsAffected(), result.warnings(), result.errorCode(), result.sqlState(),
                result.errorMessage(), null, node, attempt, token);
    }

    static ExecutionRecord skipped(EventDefinition event, long scheduledAt, Instant at, String reason, String node,
                                   int attempt, long token) {
        return new ExecutionRecord(event.schema(), event.name(), scheduledAt, at, at, ExecutionStatus.SKIPPED, 0, 0,
                null, null, null, reason, node, attempt, token);
    }

    /** A run known only from its claim or its lock (its own record was lost with its member), as it was running. */
    static ExecutionRecord lostRunning(String schema, String event, long scheduledAt, String node, int attempt,
                                       long token) {
        return new ExecutionRecord(schema, event, scheduledAt, Instant.ofEpochSecond(scheduledAt), null,
                ExecutionStatus.RUNNING, 0, 0, null, null, null, null, node, attempt, token);
    }

    /** The run as it was when its member died, closed by the member that found it ({@code node}). */
    static ExecutionRecord abandoned(ExecutionRecord running, Instant found, String reason) {
        return new ExecutionRecord(running.schema(), running.event(), running.scheduledAt(), running.startedAt(),
                found, ExecutionStatus.ABANDONED, 0, 0, null, null, null, reason, running.node(), running.attempt(),
                running.fencingToken());
    }
}
