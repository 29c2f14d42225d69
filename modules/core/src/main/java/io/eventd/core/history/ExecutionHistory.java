package io.eventd.core.history;

import java.util.List;

/**
 * The execution history port (DESIGN invariant 6): every firing's {@link ExecutionRecord}, newest first. A store
 * keeps a bounded number of records; queries never see more than {@link #SCAN_LIMIT} of the most recent ones.
 */
public interface ExecutionHistory {
    /** How many of the most recent records a query over {@code eventd.history} scans. */
    int SCAN_LIMIT = 10_000;

    /** Adds the run, or replaces it when this run (schema, event, scheduled time, fencing token, attempt) is kept. */
    void record(ExecutionRecord record);

    /** The records matching {@code query}, newest (latest start) first, at most {@code query.limit()}. */
    List<ExecutionRecord> query(HistoryQuery query);

    /** The {@code limit} most recent records, newest first. */
    default List<ExecutionRecord> recent(int limit) {
        return query(HistoryQuery.latest(limit));
    }
}
