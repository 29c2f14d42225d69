package io.eventd.core.history;

import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** History held in one JVM, bounded: past {@code capacity} records the earliest recorded are forgotten. */
public final class InMemoryExecutionHistory implements ExecutionHistory {
    /** A run's identity: a new record for it replaces the old one. */
    private record RunKey(String schema, String event, long scheduledAt, long fencingToken, int attempt) {
        static RunKey of(ExecutionRecord r) {
            return new RunKey(r.schema(), EventKey.fold(r.event()), r.scheduledAt(), r.fencingToken(), r.attempt());
        }
    }

    private static final Comparator<ExecutionRecord> NEWEST_FIRST = Comparator
            .comparing(ExecutionRecord::startedAt).thenComparingLong(ExecutionRecord::scheduledAt)
            .thenComparingInt(ExecutionRecord::attempt).reversed();

    private final int capacity;
    private final LinkedHashMap<RunKey, ExecutionRecord> records = new LinkedHashMap<>();

    public InMemoryExecutionHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(ExecutionRecord record) {
        records.put(RunKey.of(record), record);
        if (records.size() > capacity) {
            Map.Entry<RunKey, ExecutionRecord> eldest = records.entrySet().iterator().next();
            records.remove(eldest.getKey());
        }
    }

    @Override
    public synchronized List<ExecutionRecord> query(HistoryQuery query) {
        List<ExecutionRecord> matching = new ArrayList<>();
        for (ExecutionRecord record : records.values()) {
            if (query.matches(record)) {
                matching.add(record);
            }
        }
        matching.sort(NEWEST_FIRST);
        return List.copyOf(matching.subList(0, Math.min(query.limit(), matching.size())));
    }
}
