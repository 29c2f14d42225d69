package io.eventd.bench.peers;

import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The one MariaDB every peer runs against: the project's embedded server with its event scheduler on and the
 * server in UTC. Worker processes reach it through the {@link #workerEnvironment()} variables.
 */
final class PeersDatabase implements AutoCloseable {
    private static final String URL_VARIABLE = "PEERS_JDBC_URL";
    private static final String USER_VARIABLE = "PEERS_DB_USER";
    private static final String PASSWORD_VARIABLE = "PEERS_DB_PASSWORD";

    private final EmbeddedMariaDb db;
    private final TargetDataSource pool;

    private PeersDatabase(EmbeddedMariaDb db) {
        this.db = db;
        this.pool = pool(db.targetConfig(), 8);
    }

    static PeersDatabase start(Path workDir) {
        EmbeddedMariaDb db = EmbeddedMariaDb.builder()
                .workDir(workDir)
                .serverArg("--event-scheduler=ON")
                .serverArg("--max-connections=500")
                .serverArg("--default-time-zone=+00:00")
                .start();
        return new PeersDatabase(db);
    }

    /** A pool of the given size to the same server, for a job's bodies and a scheduler's own statements. */
    static TargetDataSource pool(TargetConfig config, int size) {
        return new TargetDataSource(new TargetConfig(config.jdbcUrl(), config.user(), config.password(), size,
                Duration.ofSeconds(10)));
    }

    /** What a worker process reads back with {@link #configFromEnvironment()}: {@link #schemaConfig()}. */
    Map<String, String> workerEnvironment() {
        return Map.of(URL_VARIABLE, db.jdbcUrl(FiringTable.SCHEMA), USER_VARIABLE, db.user(), PASSWORD_VARIABLE,
                db.password().reveal());
    }

    /** Connections whose default database is the bench schema (the peers' own tables are unqualified there). */
    TargetConfig schemaConfig() {
        return TargetConfig.of(db.jdbcUrl(FiringTable.SCHEMA), db.user(), db.password());
    }

    static TargetConfig configFromEnvironment() {
        return TargetConfig.of(System.getenv(URL_VARIABLE), System.getenv(USER_VARIABLE),
                Secret.of(System.getenv(PASSWORD_VARIABLE)));
    }

    TargetDataSource pool() {
        return pool;
    }

    String version() throws SQLException {
        try (Connection connection = pool.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT VERSION()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    public void close() {
        pool.close();
        db.close();
    }
}
