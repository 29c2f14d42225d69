package io.eventd.faults;

import io.eventd.jdbc.Secret;
import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's own MariaDB (target and metadata store of the nodes), which it can stop and start again on the same
 * port, work dir and password while the nodes keep running. Queries open a connection each: the server may have
 * been restarted since the last one.
 */
final class FaultDatabase implements AutoCloseable {
    private final Path workDir;
    private final Secret password;
    private final int port;
    private EmbeddedMariaDb server;

    private FaultDatabase(Path workDir, Secret password, EmbeddedMariaDb server) {
        this.workDir = workDir;
        this.password = password;
        this.server = server;
        this.port = server.port();
    }

    /** Starts a server keeping its files in {@code workDir} (not under java.io.tmpdir, where they would be wiped). */
    static FaultDatabase start(Path workDir) {
        Secret password = Secret.of("faults-" + ProcessHandle.current().pid());
        return new FaultDatabase(workDir, password,
                EmbeddedMariaDb.builder().workDir(workDir).password(password).start());
    }

    synchronized void stop() {
        server.close();
        server = null;
    }

    synchronized void startAgain() {
        server = EmbeddedMariaDb.builder().workDir(workDir).port(port).password(password).start();
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED";
    }

    String user() {
        return EmbeddedMariaDb.APP_USER;
    }

    Secret password() {
        return password;
    }

    void execute(String... sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of the query, each column as a long (NULL as {@code Long.MIN_VALUE}). */
    List<long[]> rows(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<long[]> rows = new ArrayList<>();
            while (rs.next()) {
                long[] row = new long[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getLong(i + 1);
                    if (rs.wasNull()) {
                        row[i] = Long.MIN_VALUE;
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return rows(sql).get(0)[0];
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password.reveal());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stop();
        }
    }
}
