package io.eventd.cluster.settings;

import com.hazelcast.map.MapStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Cluster-wide settings (such as {@code event_scheduler}) in table {@code settings} of the metadata schema, so a
 * full-cluster restart keeps them.
 */
public final class SettingsMapStore implements MapStore<String, String> {
    private final DataSource metadata;
    private final String table;

    /** Creates the schema and table if missing. */
    public SettingsMapStore(DataSource metadata, String schemaName) {
        this.metadata = metadata;
        String schema = "`" + schemaName.replace("`", "``") + "`";
        this.table = schema + ".`settings`";
        update(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4");
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (name VARCHAR(64) NOT NULL PRIMARY KEY,"
                        + " value VARCHAR(255) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
            }
        });
    }

    @Override
    public void store(String name, String value) {
        update(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + table
                    + " (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)")) {
                upsert.setString(1, name);
                upsert.setString(2, value);
                upsert.executeUpdate();
            }
        });
    }

    @Override
    public void storeAll(Map<String, String> map) {
        map.forEach(this::store);
    }

    @Override
    public void delete(String name) {
        update(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        });
    }

    @Override
    public void deleteAll(Collection<String> names) {
        names.forEach(this::delete);
    }

    @Override
    public String load(String name) {
        return readAll().get(name);
    }

    @Override
    public Map<String, String> loadAll(Collection<String> names) {
        Map<String, String> all = readAll();
        Map<String, String> wanted = new HashMap<>();
        names.stream().filter(all::containsKey).forEach(n -> wanted.put(n, all.get(n)));
        return wanted;
    }

    @Override
    public Iterable<String> loadAllKeys() {
        return new ArrayList<>(readAll().keySet());
    }

    private Map<String, String> readAll() {
        Map<String, String> all = new HashMap<>();
        update(connection -> {
            try (Statement select = connection.createStatement();
                 ResultSet rs = select.executeQuery("SELECT name, value FROM " + table)) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
        });
        return all;
    }

    private void update(SqlWork work) {
        try (Connection connection = metadata.getConnection()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("settings table " + table + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }
}
