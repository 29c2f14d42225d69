package io.eventd.jdbc.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Claims of firings in table {@code claims} (DESIGN invariant 4): the unique key on (schema, event, scheduled_at)
 * lets exactly one insert per firing succeed, whichever node and however late it tries.
 */
public final class JdbcClaimStore {
    private static final int CHUNK = 500;
    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS %s (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              schema_name VARCHAR(64) NOT NULL,
              event_name VARCHAR(64) NOT NULL,
              scheduled_at BIGINT NOT NULL,
              node VARCHAR(255) NOT NULL,
              fencing_token BIGINT NOT NULL,
              claimed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
              UNIQUE KEY firing (schema_name, event_name, scheduled_at),
              KEY by_firing_time (scheduled_at)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""";

    private final MetadataSchema schema;
    private final String table;
    private final String history;

    /** Creates the schema and table if missing. */
    public JdbcClaimStore(MetadataSchema schema) {
        this(schema, true);
    }

    private JdbcClaimStore(MetadataSchema schema, boolean create) {
        this.schema = schema;
        this.table = schema.table("claims");
        this.history = schema.table("history");
        if (create) {
            schema.createTable(CREATE_TABLE.formatted(table));
        }
    }

    /**
     * This store, its connections borrowed from {@code claims} instead: a pool with a short borrow timeout keeps the
     * claiming thread on time while MySQL is away (each claim refused within that timeout, not the longer one the
     * other stores can afford).
     */
    public JdbcClaimStore through(DataSource claims) {
        return new JdbcClaimStore(new MetadataSchema(claims, schema.name()), false);
    }

    /**
     * Claims the firing of event {@code eventFolded} (an {@code EventKey.foldedName}) due at {@code scheduledAt}
     * (epoch seconds). True for the one caller that got it; false, never an exception, if it was claimed already.
     */
    public boolean claim(String schemaName, String eventFolded, long scheduledAt, String node, long fencingToken) {
        ClaimRequest request = new ClaimRequest(schemaName, eventFolded, scheduledAt, node, fencingToken);
        return claimAll(List.of(request)).contains(request);
    }

    /**
     * Claims several firings, a few statements for all (one transaction, so one log flush, per {@value #CHUNK});
     * returns those this caller got. A firing claimed already is not an error: it is absent from the answer.
     */
    public Set<ClaimRequest> claimAll(List<ClaimRequest> requests) {
        Set<ClaimRequest> won = new HashSet<>();
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<ClaimRequest> chunk = requests.subList(from, Math.min(requests.size(), from + CHUNK));
            won.addAll(schema.withConnection(connection -> claimChunk(connection, chunk)));
        }
        return won;
    }

    private Set<ClaimRequest> claimChunk(Connection connection, List<ClaimRequest> chunk) throws SQLException {
        String rows = String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)"));
        int inserted;
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO " + table
                + " (schema_name, event_name, scheduled_at, node, fencing_token) VALUES " + rows)) {
            int i = 1;
            for (ClaimRequest request : chunk) {
                insert.setString(i++, request.schemaName());
                insert.setString(i++, request.eventFolded());
                insert.setLong(i++, request.scheduledAt());
                insert.setString(i++, request.node());
                insert.setLong(i++, request.fencingToken());
            }
            inserted = insert.executeUpdate();
        }
        if (inserted == chunk.size()) {
            return new HashSet<>(chunk);
        }
        // Some firings were claimed before: the rows themselves say which ones are this caller's.
        Set<ClaimRequest> won = new HashSet<>();
        for (ClaimRequest request : chunk) {
            Optional<Claim> claim = claimOf(connection, request.schemaName(), request.eventFolded(),
                    request.scheduledAt());
            if (claim.equals(Optional.of(new Claim(request.node(), request.fencingToken())))) {
                won.add(request);
            }
        }
        return won;
    }

    /**
     * The claims of firings due from {@code from} to {@code to} (epoch seconds) with no final history row (none, or
     * only RUNNING), oldest first: runs whose outcome has not reached MySQL.
     */
    public List<ClaimRequest> unsettledBetween(long from, long to) {
        return schema.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT c.schema_name, c.event_name,"
                    + " c.scheduled_at, c.node, c.fencing_token FROM " + table + " c WHERE c.scheduled_at BETWEEN ? AND ?"
                    + " AND NOT EXISTS (SELECT 1 FROM " + history + " h WHERE h.schema_name = c.schema_name"
                    + " AND h.event_name = c.event_name COLLATE utf8mb4_general_ci AND h.scheduled_at = c.scheduled_at"
                    + " AND h.status <> 'RUNNING') ORDER BY c.scheduled_at")) {
                select.setLong(1, from);
                select.setLong(2, to);
                List<ClaimRequest> unsettled = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        unsettled.add(new ClaimRequest(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getString(4), rs.getLong(5)));
                    }
                }
                return unsettled;
            }
        });
    }

    public Optional<Claim> claimOf(String schemaName, String eventFolded, long scheduledAt) {
        return schema.withConnection(connection -> claimOf(connection, schemaName, eventFolded, scheduledAt));
    }

    private Optional<Claim> claimOf(Connection connection, String schemaName, String eventFolded, long scheduledAt)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT node, fencing_token FROM " + table
                + " WHERE schema_name = ? AND event_name = ? AND scheduled_at = ?")) {
            select.setString(1, schemaName);
            select.setString(2, eventFolded);
            select.setLong(3, scheduledAt);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Claim(rs.getString(1), rs.getLong(2))) : Optional.empty();
            }
        }
    }
}
