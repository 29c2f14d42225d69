package io.eventd.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether the target is a primary or a replica, for {@code DISABLE ON SLAVE}: a read-only server, or one that
 * replicates from a source, is a replica.
 */
public enum TargetRole {
    PRIMARY, REPLICA;

    private static final int PARSE_ERROR = 1064;

    public static TargetRole of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return isReadOnly(statement) || replicates(statement) ? REPLICA : PRIMARY;
        }
    }

    private static boolean isReadOnly(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT @@GLOBAL.read_only")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    /** A replica has a row in SHOW REPLICA STATUS (SHOW SLAVE STATUS before MySQL 8.0.22). */
    private static boolean replicates(Statement statement) throws SQLException {
        try {
            return hasRow(statement, "SHOW REPLICA STATUS");
        } catch (SQLException e) {
            if (e.getErrorCode() != PARSE_ERROR) {
                throw e;
            }
            return hasRow(statement, "SHOW SLAVE STATUS");
        }
    }

    private static boolean hasRow(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next();
        }
    }
}
