package io.eventd.core.history;

import io.eventd.core.event.Account;
import java.time.Instant;
import java.util.Objects;

/**
 * One event body running now somewhere in the cluster (a row of SHOW PROCESSLIST).
 *
 * @param id          unique in the cluster while the run lasts (the processlist Id)
 * @param node        the node running the body
 * @param scheduledAt the grid instant the firing was due at, UTC epoch seconds
 */
public record RunningExecution(long id, String node, String schema, String event, Account definer, Instant started,
                               long scheduledAt) {
    public RunningExecution {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(definer, "definer");
        Objects.requireNonNull(started, "started");
    }
}
