package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.history.ExecutionRecord;
import java.util.Map;

/**
 * Keeps each run's {@link ExecutionRecord} in the history map (backed up, bounded), which writes it behind to MySQL
 * in batches ({@link HistoryMapStore}). A record's later states (RUNNING, then SUCCESS / FAILED / ABANDONED)
 * replace the earlier one under the same key.
 */
public final class HistoryRecorder {
    private final IMap<FiringKey, ExecutionRecord> history;

    public HistoryRecorder(IMap<FiringKey, ExecutionRecord> history) {
        this.history = history;
    }

    public void record(FiringKey key, ExecutionRecord record) {
        history.set(key, record);
    }

    /** Several records in one call (one operation per partition). */
    public void recordAll(Map<FiringKey, ExecutionRecord> records) {
        if (!records.isEmpty()) {
            history.setAll(records);
        }
    }

    /**
     * Records {@code record} only if the run's record is still {@code expected} ({@code null}: none); false if
     * another one was recorded meanwhile.
     */
    public boolean recordIfUnchanged(FiringKey key, ExecutionRecord expected, ExecutionRecord record) {
        return expected == null ? history.putIfAbsent(key, record) == null : history.replace(key, expected, record);
    }

    public ExecutionRecord find(FiringKey key) {
        return history.get(key);
    }
}
