package io.eventd.jdbc.store;

import io.eventd.core.history.HistoryQuery;
import io.eventd.core.history.ExecutionRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Execution history in table {@code history} (DESIGN invariant 6). Instants keep microseconds. */
public final class JdbcHistoryStore {
    private final MetadataSchema schema;
    private final String table;

    /** Creates the schema and table if missing. */
    public JdbcHistoryStore(MetadataSchema schema) {
        this.schema = schema;
        this.table = schema.table("history");
        schema.createTable(HistoryRows.CREATE_TABLE.formatted(table));
    }

    /** Inserts the run, or updates it if this run (event, scheduled time, fencing token, attempt) is stored. */
    public void save(ExecutionRecord record) {
        saveAll(List.of(record));
    }

    /** {@link #save} for several runs, in one transaction: all are stored or none. */
    public void saveAll(Collection<ExecutionRecord> records) {
        schema.withConnection(connection -> {
            connection.setAutoCommit(false);
            try (PreparedStatement upsert = connection.prepareStatement(
                    Upsert.sql(table, HistoryRows.COLUMNS, HistoryRows.KEY_COLUMNS))) {
                for (ExecutionRecord record : records) {
                    HistoryRows.bind(upsert, record);
                    upsert.addBatch();
                }
                upsert.executeBatch();
                connection.commit();
                return null;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    public List<ExecutionRecord> find(HistoryQuery query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(table).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.schema() != null) {
            sql.append(" AND schema_name = ?");
            args.add(query.schema());
        }
        if (query.event() != null) {
            sql.append(" AND event_name = ?");
            args.add(query.event());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.since() != null) {
            sql.append(" AND started_at >= ?");
            args.add(LocalDateTime.ofInstant(query.since(), ZoneOffset.UTC));
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT ").append(query.limit());
        return schema.withConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    select.setObject(i + 1, args.get(i));
                }
                List<ExecutionRecord> records = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        records.add(HistoryRows.read(rs));
                    }
                }
                return records;
            }
        });
    }
}
