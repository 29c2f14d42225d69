package io.eventd.jdbc.schema;

import io.eventd.core.catalog.Schemas;
import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.SqlException;
import io.eventd.jdbc.store.MetadataStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The schemas of the target server, which events live in on a running node. eventd reads them; it never creates or
 * drops a database on the target (that stays the DBA's act on the server itself), so CREATE / DROP DATABASE sent to
 * a node are refused with 7902.
 */
public final class TargetSchemas implements Schemas {
    private final DataSource target;

    public TargetSchemas(DataSource target) {
        this.target = target;
    }

    @Override
    public boolean exists(String schema) {
        try (Connection c = target.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT 1 FROM information_schema.SCHEMATA WHERE BINARY SCHEMA_NAME = ?")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new MetadataStoreException("cannot read the target's schemas", e);
        }
    }

    @Override
    public boolean create(String schema) {
        throw new SqlException(EventdErrors.unsupportedStatement("CREATE DATABASE on a node; create `" + schema
                + "` on the target server"));
    }

    @Override
    public boolean drop(String schema) {
        throw new SqlException(EventdErrors.unsupportedStatement("DROP DATABASE on a node; drop `" + schema
                + "` on the target server"));
    }

    @Override
    public List<String> list() {
        try (Connection c = target.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA "
                     + "ORDER BY BINARY SCHEMA_NAME");
             ResultSet rs = s.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new MetadataStoreException("cannot read the target's schemas", e);
        }
    }
}
