package io.eventd.cluster.catalog;

import com.hazelcast.map.MapStore;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.store.JdbcCatalogStore;
import java.util.Collection;
import java.util.Map;

/** The catalog map's write-through to MySQL (the jdbc module's {@link JdbcCatalogStore}), loaded eagerly at start. */
public final class CatalogMapStore implements MapStore<EventKey, EventDefinition> {
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
        return store.load(keys);
    }

    @Override
    public Iterable<EventKey> loadAllKeys() {
        return store.loadKeys();
    }
}
