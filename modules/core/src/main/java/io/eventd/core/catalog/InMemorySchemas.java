package io.eventd.core.catalog;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/** Thread-safe schemas held in memory. */
public final class InMemorySchemas implements Schemas {
    private final Set<String> schemas = new ConcurrentSkipListSet<>();

    public InMemorySchemas(String... initial) {
        schemas.addAll(List.of(initial));
    }

    @Override
    public boolean exists(String schema) {
        return schemas.contains(schema);
    }

    @Override
    public boolean create(String schema) {
        return schemas.add(schema);
    }

    @Override
    public boolean drop(String schema) {
        return schemas.remove(schema);
    }

    @Override
    public List<String> list() {
        return List.copyOf(schemas);
    }
}
