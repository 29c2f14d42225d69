package io.eventd.bench.engine;

import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one MariaDB of a run, started by the runner: target of the bodies and eventd's metadata store. Its files
 * stay in the work folder between runs (unpacking the server takes a while); each run starts from empty
 * {@code bench} and metadata schemas.
 */
final class BenchDatabase implements AutoCloseable {
    static final String BENCH_SCHEMA = "bench";
    static final String METADATA_SCHEMA = "eventd";

    private final EmbeddedMariaDb db;

    private BenchDatabase(EmbeddedMariaDb db) {
        this.db = db;
    }

    static BenchDatabase start(Path workDir, int maxConnections) {
        EmbeddedMariaDb db = EmbeddedMariaDb.builder().workDir(workDir)
                .serverArg("--max-connections=" + maxConnections)
                .serverArg("--innodb-buffer-pool-size=512M")
                .start();
        BenchDatabase database = new BenchDatabase(db);
        database.execute("DROP DATABASE IF EXISTS " + BENCH_SCHEMA, "DROP DATABASE IF EXISTS " + METADATA_SCHEMA,
                "CREATE DATABASE " + BENCH_SCHEMA);
        return database;
    }

    EmbeddedMariaDb server() {
        return db;
    }

    /** A new connection of the app account (the caller closes it). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password().reveal());
    }

    void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bench database: " + e.getMessage(), e);
        }
    }

    /** The single number a {@code SELECT COUNT(*) …} answers. */
    long count(String query) {
        return Long.parseLong(text(query));
    }

    /** The single value a query answers, as text. */
    String text(String query) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("bench database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
