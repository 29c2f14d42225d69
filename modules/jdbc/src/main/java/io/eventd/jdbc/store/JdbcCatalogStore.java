package io.eventd.jdbc.store;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event catalog in table {@code events}, keyed by schema and folded name (DESIGN invariant 1): what the cluster
 * loads at start and writes through on every DDL.
 */
public final class JdbcCatalogStore {
    private final MetadataSchema schema;
    private final String table;

    private static final int BATCH = 500;

    /** Creates the schema and table if missing. */
    public JdbcCatalogStore(MetadataSchema schema) {
        this.schema = schema;
        this.table = schema.table("events");
        schema.createTable(EventRows.CREATE_TABLE.formatted(table));
    }

    public Map<EventKey, EventDefinition> loadAll() {
        return schema.withConnection(connection -> {
            Map<EventKey, EventDefinition> events = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM " + table + " ORDER BY schema_name, name_folded");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    EventDefinition event = EventRows.read(rs);
                    events.put(event.key(), event);
                }
            }
            return events;
        });
    }

    /** Every stored key, without reading the events (the catalog map's initial key listing). */
    public List<EventKey> loadKeys() {
        return schema.withConnection(connection -> {
            List<EventKey> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT schema_name, name_folded FROM " + table);
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(new EventKey(rs.getString(1), rs.getString(2)));
                }
            }
            return keys;
        });
    }

    /** The stored events of {@code keys} (missing ones are absent), read in batches of {@value #BATCH} keys. */
    public Map<EventKey, EventDefinition> load(Collection<EventKey> keys) {
        List<EventKey> all = List.copyOf(keys);
        Map<EventKey, EventDefinition> events = new HashMap<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<EventKey> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            events.putAll(schema.withConnection(connection -> {
                Map<EventKey, EventDefinition> found = new HashMap<>();
                String rows = String.join(",", Collections.nCopies(batch.size(), "(?,?)"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM " + table + " WHERE (schema_name, name_folded) IN (" + rows + ")")) {
                    int i = 1;
                    for (EventKey key : batch) {
                        select.setString(i++, key.schema());
                        select.setString(i++, key.foldedName());
                    }
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            EventDefinition event = EventRows.read(rs);
                            found.put(event.key(), event);
                        }
                    }
                }
                return found;
            }));
        }
        return events;
    }

    public Optional<EventDefinition> load(EventKey key) {
        return schema.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT * FROM " + table + " WHERE schema_name = ? AND name_folded = ?")) {
                select.setString(1, key.schema());
                select.setString(2, key.foldedName());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(EventRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Inserts the event or replaces the stored one with the same key. */
    public void store(EventDefinition event) {
        schema.withConnection(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    Upsert.sql(table, EventRows.COLUMNS, EventRows.KEY_COLUMNS))) {
                EventRows.bind(upsert, event);
                return upsert.executeUpdate();
            }
        });
    }

    /**
     * Sets LAST_EXECUTED of the events {@code keys} to {@code executedAt} (epoch seconds), never moving it back: the
     * engine records its firings here, not through the catalog map (no write per firing). One statement per schema
     * (and per {@value #BATCH} events), each an index range on the primary key, so that members updating their own
     * events at the same instant do not lock each other's rows.
     */
    public void markExecuted(long executedAt, Collection<EventKey> keys) {
        Map<String, List<String>> bySchema = new TreeMap<>();
        keys.forEach(key -> bySchema.computeIfAbsent(key.schema(), s -> new ArrayList<>()).add(key.foldedName()));
        bySchema.forEach((schemaName, names) -> {
            for (int from = 0; from < names.size(); from += BATCH) {
                List<String> chunk = names.subList(from, Math.min(names.size(), from + BATCH));
                schema.withConnection(connection -> {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE " + table
                            + " SET last_executed = GREATEST(COALESCE(last_executed, 0), ?)"
                            + " WHERE schema_name = ? AND name_folded IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                        int i = 1;
                        update.setLong(i++, executedAt);
                        update.setString(i++, schemaName);
                        for (String name : chunk) {
                            update.setString(i++, name);
                        }
                        return update.executeUpdate();
                    }
                });
            }
        });
    }

    /** Returns whether there was such an event. */
    public boolean delete(EventKey key) {
        return schema.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE schema_name = ? AND name_folded = ?")) {
                delete.setString(1, key.schema());
                delete.setString(2, key.foldedName());
                return delete.executeUpdate() > 0;
            }
        });
    }
}
