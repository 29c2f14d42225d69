package io.eventd.jdbc.body;

import io.eventd.jdbc.ServerFlavor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs one event body (DESIGN invariant 8) on a pooled connection: the event's schema as default database, its
 * time_zone and sql_mode in the session, bounded by a timeout, the outcome as a {@link BodyResult} (never an
 * exception for a failing body or a dead server). The session is set by a {@link SessionPreamble} sent with the
 * body in one packet, or, for values that cannot be written as plain literals, by a prepared statement first; what
 * the body left open in the session ends with the run ({@link SessionEnd}).
 *
 * <p>The timeout is enforced three ways: MariaDB's {@code max_statement_time} stops the work on the server; the
 * driver's query timeout (whole seconds, rounded up) kills the query from the client; the socket timeout (the
 * timeout plus a grace) gives up on a server that stopped answering at all.
 */
public final class BodyRunner {
    private static final Duration SOCKET_GRACE = Duration.ofSeconds(2);

    private final DataSource target;
    private final CompoundStrategy compoundStrategy;

    public BodyRunner(DataSource target) {
        this(target, CompoundStrategy.AUTO);
    }

    public BodyRunner(DataSource target, CompoundStrategy compoundStrategy) {
        this.target = Objects.requireNonNull(target, "target");
        this.compoundStrategy = Objects.requireNonNull(compoundStrategy, "compoundStrategy");
    }

    public BodyResult run(EventBody body, Duration timeout) {
        long start = System.nanoTime();
        try (Connection connection = target.getConnection()) {
            connection.setNetworkTimeout(Runnable::run, Math.toIntExact(timeout.plus(SOCKET_GRACE).toMillis()));
            ServerFlavor flavor = ServerFlavor.of(connection);
            Optional<String> preamble = SessionPreamble.of(body, flavor, timeout);
            if (preamble.isEmpty()) {
                connection.setCatalog(body.schema());
                prepareSession(connection, body, flavor, timeout);
            }
            boolean failed = true;
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(wholeSecondsAtLeastOne(timeout));
                Executed executed = execute(statement, preamble.orElse(""), body, flavor);
                failed = false;
                return BodyResult.success(executed, since(start));
            } finally {
                SessionEnd.after(connection, failed);
            }
        } catch (SQLException e) {
            return BodyResult.failure(e, since(start));
        }
    }

    private Executed execute(Statement statement, String preamble, EventBody body, ServerFlavor flavor)
            throws SQLException {
        Optional<CompoundBody> compound = CompoundBody.detect(body.body());
        if (compound.isPresent()) {
            return compoundStrategy.run(statement, preamble, compound.get(), body.sqlMode(), flavor);
        }
        return Executed.run(statement, preamble + body.body());
    }

    private static void prepareSession(Connection connection, EventBody body, ServerFlavor flavor, Duration timeout)
            throws SQLException {
        String sql = flavor == ServerFlavor.MARIADB
                ? "SET time_zone = ?, sql_mode = ?, max_statement_time = ?"
                : "SET time_zone = ?, sql_mode = ?";
        try (PreparedStatement set = connection.prepareStatement(sql)) {
            set.setString(1, body.timeZone());
            set.setString(2, body.sqlMode());
            if (flavor == ServerFlavor.MARIADB) {
                set.setDouble(3, SessionPreamble.maxStatementTime(timeout));
            }
            set.execute();
        }
    }

    private static int wholeSecondsAtLeastOne(Duration timeout) {
        long millis = timeout.toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
