package io.eventd.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A small connection pool to one server (HikariCP). Starts even while the server is down: runs then fail with the
 * driver's error after {@link TargetConfig#connectionTimeout()}, and succeed again once it is back.
 */
public final class TargetDataSource implements AutoCloseable {
    private final TargetConfig config;
    private final HikariDataSource pool;

    public TargetDataSource(TargetConfig config) {
        this.config = config;
        this.pool = new HikariDataSource(hikariConfig(config));
    }

    private static HikariConfig hikariConfig(TargetConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("eventd-target");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password().reveal());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.connectionTimeout().toMillis(), 1_000));
        hikari.setInitializationFailTimeout(-1);
        // Opening a socket to a dead host must not outlast the borrow timeout.
        driverProperty(hikari, "connectTimeout", config.connectionTimeout().toMillis());
        // Round trips are the cost of a short body: keep session state (autocommit, schema, isolation) on the
        // client so unchanged settings are not sent again, cache statements, and send a batch as one statement.
        driverProperty(hikari, "useLocalSessionState", true);
        driverProperty(hikari, "cacheServerConfiguration", true);
        driverProperty(hikari, "cachePrepStmts", true);
        driverProperty(hikari, "prepStmtCacheSize", 256);
        driverProperty(hikari, "rewriteBatchedStatements", true);
        // No pool here sets a connection read-only; without this the driver asks the server for
        // @@session.transaction_read_only before every write (a round trip per claim, history row and body).
        driverProperty(hikari, "readOnlyPropagatesToServer", false);
        // A body goes in one packet behind the statements that set its session (SessionPreamble). Every other
        // statement sent through these pools is eventd's own, its values bound as parameters.
        driverProperty(hikari, "allowMultiQueries", true);
        return hikari;
    }

    /**
     * As text: Hikari hands these to the driver in a {@link java.util.Properties}, whose {@code getProperty} does not
     * see a value that is not a String, so a Boolean or a number was silently ignored.
     */
    private static void driverProperty(HikariConfig hikari, String name, Object value) {
        hikari.addDataSourceProperty(name, String.valueOf(value));
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public TargetConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "TargetDataSource[" + config.safeUrl() + ", user=" + config.user() + "]";
    }
}
