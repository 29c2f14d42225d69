package io.eventd.cluster.run;

import com.hazelcast.map.MapStore;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.jdbc.store.JdbcHistoryStore;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the history map behind to MySQL: Hazelcast hands over batches ({@link #storeAll}, one transaction each),
 * keeps not-yet-written records on the partition's backup too (a killed member loses none), and queues a batch
 * the metadata store refused again. Nothing is read back through the map: older runs are read from MySQL directly
 * (ClusterExecutionHistory), and a record evicted from memory is no reason to load it.
 */
public final class HistoryMapStore implements MapStore<FiringKey, ExecutionRecord> {
    private final JdbcHistoryStore store;

    public HistoryMapStore(JdbcHistoryStore store) {
        this.store = store;
    }

    @Override
    public void store(FiringKey key, ExecutionRecord record) {
        store.save(record);
    }

    @Override
    public void storeAll(Map<FiringKey, ExecutionRecord> records) {
        store.saveAll(records.values());
    }

    /** History rows are never deleted through the map (an evicted record stays in MySQL). */
    @Override
    public void delete(FiringKey key) {
    }

    @Override
    public void deleteAll(Collection<FiringKey> keys) {
    }

    @Override
    public ExecutionRecord load(FiringKey key) {
        return null;
    }

    @Override
    public Map<FiringKey, ExecutionRecord> loadAll(Collection<FiringKey> keys) {
        return Map.of();
    }

    @Override
    public Iterable<FiringKey> loadAllKeys() {
        return null;
    }
}
