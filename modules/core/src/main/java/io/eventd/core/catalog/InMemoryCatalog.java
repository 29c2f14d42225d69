package io.eventd.core.catalog;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A thread-safe catalog in one JVM: one lock makes each command (and a rename's two keys) atomic. */
public final class InMemoryCatalog implements Catalog {
    /** Schema, then name as MySQL collates it (the folded key). */
    private static final Comparator<EventKey> ORDER =
            Comparator.comparing(EventKey::schema).thenComparing(EventKey::foldedName);

    private final TreeMap<EventKey, EventDefinition> events = new TreeMap<>(ORDER);

    @Override
    public synchronized Optional<EventDefinition> find(EventKey key) {
        return Optional.ofNullable(events.get(key));
    }

    @Override
    public synchronized List<EventDefinition> list() {
        return List.copyOf(events.values());
    }

    @Override
    public synchronized List<EventDefinition> list(String schema) {
        return List.copyOf(schemaView(schema).values());
    }

    @Override
    public synchronized CatalogDecision apply(EventKey key, CatalogCommand command) {
        CatalogDecision decision = CatalogRules.decide(find(key), command);
        if (decision.changed()) {
            store(key, decision.stored());
        }
        return decision;
    }

    @Override
    public synchronized CatalogDecision rename(EventKey from, EventKey to, CatalogCommand.Alter command) {
        CatalogDecision decision = CatalogRules.rename(find(from), find(to), command);
        if (decision.changed()) {
            events.remove(from);
            store(to, decision.stored());
        }
        return decision;
    }

    @Override
    public synchronized List<EventDefinition> dropSchema(String schema) {
        var view = schemaView(schema);
        List<EventDefinition> dropped = new ArrayList<>(view.values());
        view.clear();
        return dropped;
    }

    /** Keys sort by schema first, so a schema's keys lie between (schema, "") and the next schema name. */
    private SortedMap<EventKey, EventDefinition> schemaView(String schema) {
        return events.subMap(new EventKey(schema, ""), new EventKey(schema + "\0", ""));
    }

    private void store(EventKey key, EventDefinition value) {
        if (value == null) {
            events.remove(key);
        } else {
            events.put(key, value);
        }
    }
}
