package io.eventd.cluster.catalog;

import com.hazelcast.map.MapStore;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.store.JdbcCatalogStore;
import java.util.Collection;
import java.util.HashMap;
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

    @Override
    public Map<EventKey, EventDefinition> loadAll(Collection<EventKey> keys) {
        Map<EventKey, EventDefinition> all = store.loadAll();
        Map<EventKey, EventDefinition> wanted = new HashMap<>();
        for (EventKey key : keys) {
            EventDefinition event = all.get(key);
            if (event != null) {
                wanted.put(key, event);
            }
        }
        return wanted;
    }

    @Override
    public Iterable<EventKey> loadAllKeys() {
        return store.loadAll().keySet();
    }
}
