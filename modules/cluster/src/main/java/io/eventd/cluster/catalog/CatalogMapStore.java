package io.eventd.cluster.catalog;

import com.hazelcast.map.MapStore;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.store.JdbcCatalogStore;
import io.eventd.jdbc.store.MetadataStoreException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The catalog map's write-through to MySQL (the jdbc module's {@link JdbcCatalogStore}), loaded eagerly at start.
 * <p>
 * The start-up loads wait out a busy pool or a short outage ({@link #LOAD_PATIENCE}): Hazelcast does not load a
 * partition's batch again once it failed, so a member whose load lost a batch to a pool timeout (seen at a full
 * restart with 20 000 events) came up without those events.
 */
public final class CatalogMapStore implements MapStore<EventKey, EventDefinition> {
    private static final Logger LOG = Logger.getLogger(CatalogMapStore.class.getName());
    static final Duration LOAD_PATIENCE = Duration.ofMinutes(2);
    private static final long MAX_PAUSE_MILLIS = 2_000;

    private final JdbcCatalogStore store;

    public CatalogMapStore(JdbcCatalogStore store) {
        this.store = store;
    }

    @Override
    public void store(EventKey key, EventDefinition value) {
        store.store(value);
    }

    @Override
    public void storeAll(Map<EventKey, EventDefinition> map) {
        map.values().forEach(store::store);
    }

    @Override
    public void delete(EventKey key) {
        store.delete(key);
    }

    @Override
    public void deleteAll(Collection<EventKey> keys) {
        keys.forEach(store::delete);
    }

    @Override
    public EventDefinition load(EventKey key) {
        return store.load(key).orElse(null);
    }

    /** Only the events asked for: Hazelcast calls this once per batch of a partition's keys at start. */
    @Override
    public Map<EventKey, EventDefinition> loadAll(Collection<EventKey> keys) {
        return patiently("events", () -> store.load(keys));
    }

    @Override
    public Iterable<EventKey> loadAllKeys() {
        return patiently("event keys", store::loadKeys);
    }

    private static <T> T patiently(String what, Supplier<T> load) {
        long deadline = System.nanoTime() + LOAD_PATIENCE.toNanos();
        long pause = 100;
        while (true) {
            try {
                return load.get();
            } catch (MetadataStoreException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                LOG.warning("loading " + what + " of the catalog failed (" + e.getMessage() + "); retrying");
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }
}
