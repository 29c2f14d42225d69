package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.jdbc.store.JdbcHistoryStore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps each run's {@link ExecutionRecord} in the history map (backed up, bounded) and in MySQL. A record's
 * later states (RUNNING, then SUCCESS / FAILED / ABANDONED) replace the earlier one under the same key.
 */
public final class HistoryRecorder {
    private static final Logger LOG = Logger.getLogger(HistoryRecorder.class.getName());

    private final IMap<FiringKey, ExecutionRecord> history;
    private final JdbcHistoryStore store;

    public HistoryRecorder(IMap<FiringKey, ExecutionRecord> history, JdbcHistoryStore store) {
        this.history = history;
        this.store = store;
    }

    public void record(FiringKey key, ExecutionRecord record) {
        history.set(key, record);
        try {
            store.save(record);
        } catch (RuntimeException e) {
            // The metadata server may be down; the replicated map still holds the record.
            LOG.log(Level.WARNING, "cannot persist the history of " + key + ": " + e.getMessage());
        }
    }

    public ExecutionRecord find(FiringKey key) {
        return history.get(key);
    }
}
