package io.eventd.jdbc.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The MySQL schema where eventd keeps its own tables (default {@code eventd}), and the way the stores reach it.
 * Tables are plain InnoDB with epoch-second or UTC DATETIME columns, so the session time_zone never matters.
 */
public final class MetadataSchema {
    public static final String DEFAULT_NAME = "eventd";

    private final DataSource dataSource;
    private final String name;

    public MetadataSchema(DataSource dataSource, String name) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.name = Objects.requireNonNull(name, "name");
    }

    public static MetadataSchema defaultSchema(DataSource dataSource) {
        return new MetadataSchema(dataSource, DEFAULT_NAME);
    }

    public String name() {
        return name;
    }

    /** {@code `schema`.`table`}. */
    String table(String table) {
        return quote(name) + "." + quote(table);
    }

    /** Creates the schema and then runs {@code CREATE TABLE IF NOT EXISTS …} for one table. */
    void createTable(String createTableSql) {
        withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + quote(name) + " CHARACTER SET utf8mb4");
                statement.execute(createTableSql);
            }
            return null;
        });
    }

    <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new MetadataStoreException("metadata schema " + name + ": " + e.getMessage(), e);
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** Work on one borrowed connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
