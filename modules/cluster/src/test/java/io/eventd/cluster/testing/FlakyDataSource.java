package io.eventd.cluster.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A metadata store that can be taken down and brought back: while down, no connection is handed out. */
public final class FlakyDataSource implements DataSource {
    private final DataSource delegate;
    private volatile boolean down;
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile long delayMillis;

    public FlakyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    /** Each request for a connection waits {@code delay} first (a pool waiting for a slow server); zero: none. */
    public void delayConnections(Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** The next {@code count} requests for a connection are refused (a pool busy for a while). */
    public void refuseNext(int count) {
        refusals.set(count);
    }

    @Override
    public Connection getConnection() throws SQLException {
        delayOrRefuse();
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        delayOrRefuse();
        return delegate.getConnection(username, password);
    }

    private void delayOrRefuse() throws SQLTransientConnectionException {
        if (delayMillis > 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delayMillis));
        }
        if (down || refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            // What HikariCP says when its server is gone.
            throw new SQLTransientConnectionException("metadata - Connection is not available, request timed out");
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate.isWrapperFor(type);
    }
}
