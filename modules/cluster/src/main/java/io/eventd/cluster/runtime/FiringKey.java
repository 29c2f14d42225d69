package io.eventd.cluster.runtime;

import io.eventd.core.history.ExecutionRecord;

/** Identity of one run in the history map: the firing {@code (schema, event, scheduledAt)} and the attempt. */
public record FiringKey(String schema, String event, long scheduledAt, int attempt) {

    public static FiringKey of(ExecutionRecord record) {
        return new FiringKey(record.schema(), record.event(), record.scheduledAt(), record.attempt());
    }
}
