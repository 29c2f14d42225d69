package io.eventd.jdbc.body;

import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.protocol.ServerSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends what a body left open in its pooled session. MySQL runs each event in a session of its own, so what a body
 * left open ends with it: a transaction it did not
 * commit (a compound body that failed between START TRANSACTION and COMMIT) is rolled back, autocommit turned
 * back on. On a pooled connection the next run would otherwise carry on inside that transaction and commit it.
 * After a success the driver knows both from the server's status flags (no round trip); an error carries no
 * flags, so after a failure both are sent. A connection this fails on is broken, and the pool drops it.
 */
final class SessionEnd {
    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

    private SessionEnd() {
    }

    /** After a body's run on {@code connection}; {@code failed}: the body ended in an error. */
    static void after(Connection connection, boolean failed) {
        try {
            ServerSession server = connection.unwrap(JdbcConnection.class).getSession().getServerSession();
            List<String> ends = new ArrayList<>();
            if (failed || server.inTransactionOnServer()) {
                ends.add("ROLLBACK");
            }
            if (failed || !server.isAutocommit()) {
                ends.add("SET autocommit = 1");
            }
            if (!ends.isEmpty()) {
                try (Statement end = connection.createStatement()) {
                    end.execute(String.join("; ", ends));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "could not end what a body left open in its session", e);
        }
    }
}
