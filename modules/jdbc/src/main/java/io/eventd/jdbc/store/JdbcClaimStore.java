package io.eventd.jdbc.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Claims of firings in table {@code claims} (DESIGN invariant 4): the unique key on (schema, event, scheduled_at)
 * lets exactly one insert per firing succeed, whichever node and however late it tries.
 */
public final class JdbcClaimStore {
    private static final int DUPLICATE_KEY = 1062;
    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS %s (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              schema_name VARCHAR(64) NOT NULL,
              event_name VARCHAR(64) NOT NULL,
              scheduled_at BIGINT NOT NULL,
              node VARCHAR(255) NOT NULL,
              fencing_token BIGINT NOT NULL,
              claimed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
              UNIQUE KEY firing (schema_name, event_name, scheduled_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""";

    private final MetadataSchema schema;
    private final String table;

    /** Creates the schema and table if missing. */
    public JdbcClaimStore(MetadataSchema schema) {
        this.schema = schema;
        this.table = schema.table("claims");
        schema.createTable(CREATE_TABLE.formatted(table));
    }

    /**
     * Claims the firing of event {@code eventFolded} (an {@code EventKey.foldedName}) due at {@code scheduledAt}
     * (epoch seconds). True for the one caller that got it; false, never an exception, if it was claimed already.
     */
    public boolean claim(String schemaName, String eventFolded, long scheduledAt, String node, long fencingToken) {
        return schema.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                    + " (schema_name, event_name, scheduled_at, node, fencing_token) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, schemaName);
                insert.setString(2, eventFolded);
                insert.setLong(3, scheduledAt);
                insert.setString(4, node);
                insert.setLong(5, fencingToken);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getErrorCode() == DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        });
    }

    public Optional<Claim> claimOf(String schemaName, String eventFolded, long scheduledAt) {
        return schema.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT node, fencing_token FROM " + table
                    + " WHERE schema_name = ? AND event_name = ? AND scheduled_at = ?")) {
                select.setString(1, schemaName);
                select.setString(2, eventFolded);
                select.setLong(3, scheduledAt);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Claim(rs.getString(1), rs.getLong(2))) : Optional.empty();
                }
            }
        });
    }
}
