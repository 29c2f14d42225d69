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
        hikari.addDataSourceProperty("connectTimeout", config.connectionTimeout().toMillis());
        // Round trips are the cost of a short body: keep session state (autocommit, schema, isolation) on the
        // client so unchanged settings are not sent again, cache statements, and send a batch as one statement.
        hikari.addDataSourceProperty("useLocalSessionState", true);
        hikari.addDataSourceProperty("cacheServerConfiguration", true);
        hikari.addDataSourceProperty("cachePrepStmts", true);
        hikari.addDataSourceProperty("prepStmtCacheSize", 256);
        hikari.addDataSourceProperty("rewriteBatchedStatements", true);
        return hikari;
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
