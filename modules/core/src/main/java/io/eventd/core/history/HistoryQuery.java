package io.eventd.core.history;

import io.eventd.core.event.EventKey;
import java.time.Instant;

/**
 * Which history records to read, newest first. Null filters match everything.
 *
 * @param event  the event's name (compared case- and accent-insensitively, as MySQL compares event names);
 *               meaningful with {@code schema}
 * @param since  runs started at or after this instant
 */
public record HistoryQuery(String schema, String event, Instant since, ExecutionStatus status, int limit) {
    public HistoryQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    public static HistoryQuery latest(int limit) {
        return new HistoryQuery(null, null, null, null, limit);
    }

    public HistoryQuery forEvent(String schemaName, String eventName) {
        return new HistoryQuery(schemaName, eventName, since, status, limit);
    }

    public HistoryQuery startedSince(Instant instant) {
        return new HistoryQuery(schema, event, instant, status, limit);
    }

    public HistoryQuery withStatus(ExecutionStatus wanted) {
        return new HistoryQuery(schema, event, since, wanted, limit);
    }

    /** Whether {@code record} passes the filters (not the limit). */
    public boolean matches(ExecutionRecord record) {
        return (schema == null || schema.equals(record.schema()))
                && (event == null || EventKey.fold(event)
                        .equals(EventKey.fold(record.event())))
                && (since == null || !record.startedAt().isBefore(since))
                && (status == null || status == record.status());
    }
}
