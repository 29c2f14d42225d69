package io.eventd.jdbc.store;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * An {@link EventDefinition} as a row of {@code events}: the schedule spread over execute_at (one-time) or
 * interval_field, interval_value, starts, ends (recurring); instants as epoch seconds.
 */
final class EventRows {
    /** The key columns first (see {@link Upsert}). */
    static final List<String> COLUMNS = List.of("schema_name", "name_folded", "name", "definer_user", "definer_host",
            "time_zone", "body", "sql_mode", "execute_at", "interval_field", "interval_value", "starts", "ends",
            "on_completion", "status", "comment", "created", "last_altered", "last_executed", "originator",
            "character_set_client", "collation_connection", "db_collation");
    static final int KEY_COLUMNS = 2;

    static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS %s (
              schema_name VARCHAR(64) NOT NULL,
              name_folded VARCHAR(64) NOT NULL,
              name VARCHAR(64) NOT NULL,
              definer_user VARCHAR(128) NOT NULL,
              definer_host VARCHAR(255) NOT NULL,
              time_zone VARCHAR(64) NOT NULL,
              body LONGTEXT NOT NULL,
              sql_mode VARCHAR(1024) NOT NULL,
              execute_at BIGINT NULL,
              interval_field VARCHAR(20) NULL,
              interval_value BIGINT NULL,
              starts BIGINT NULL,
              ends BIGINT NULL,
              on_completion VARCHAR(12) NOT NULL,
              status VARCHAR(20) NOT NULL,
              `comment` VARCHAR(2048) NOT NULL,
              created BIGINT NOT NULL,
              last_altered BIGINT NOT NULL,
              last_executed BIGINT NULL,
              originator BIGINT NOT NULL,
              character_set_client VARCHAR(64) NOT NULL,
              collation_connection VARCHAR(64) NOT NULL,
              db_collation VARCHAR(64) NOT NULL,
              PRIMARY KEY (schema_name, name_folded)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""";

    private EventRows() {
    }

    static void bind(PreparedStatement statement, EventDefinition event) throws SQLException {
        int i = 1;
        statement.setString(i++, event.schema());
        statement.setString(i++, event.key().foldedName());
        statement.setString(i++, event.name());
        statement.setString(i++, event.definer().user());
        statement.setString(i++, event.definer().host());
        statement.setString(i++, event.timeZone());
        statement.setString(i++, event.body());
        statement.setString(i++, event.sqlMode());
        i = bindSchedule(statement, i, event.schedule());
        statement.setString(i++, event.onCompletion().name());
        statement.setString(i++, event.status().name());
        statement.setString(i++, event.comment());
        statement.setLong(i++, event.created());
        statement.setLong(i++, event.lastAltered());
        Columns.setLong(statement, i++, event.lastExecuted());
        statement.setLong(i++, event.originator());
        statement.setString(i++, event.characterSetClient());
        statement.setString(i++, event.collationConnection());
        statement.setString(i, event.databaseCollation());
    }

    /** Binds execute_at, interval_field, interval_value, starts, ends; returns the next index. */
    private static int bindSchedule(PreparedStatement statement, int at, Schedule schedule) throws SQLException {
        int i = at;
        if (schedule instanceof Schedule.OneTime oneTime) {
            statement.setLong(i++, oneTime.executeAt());
            statement.setString(i++, null);
            Columns.setLong(statement, i++, null);
            Columns.setLong(statement, i++, null);
            Columns.setLong(statement, i++, null);
        } else if (schedule instanceof Schedule.Recurring every) {
            Columns.setLong(statement, i++, null);
            statement.setString(i++, every.interval().unit().name());
            statement.setLong(i++, every.interval().storedValue());
            statement.setLong(i++, every.starts());
            Columns.setLong(statement, i++, every.ends());
        }
        return i;
    }

    static EventDefinition read(ResultSet rs) throws SQLException {
        return new EventDefinition(
                rs.getString("schema_name"),
                rs.getString("name"),
                new Account(rs.getString("definer_user"), rs.getString("definer_host")),
                rs.getString("time_zone"),
                rs.getString("body"),
                rs.getString("sql_mode"),
                readSchedule(rs),
                OnCompletion.valueOf(rs.getString("on_completion")),
                EventStatus.valueOf(rs.getString("status")),
                rs.getString("comment"),
                rs.getLong("created"),
                rs.getLong("last_altered"),
                Columns.getLong(rs, "last_executed"),
                rs.getLong("originator"),
                rs.getString("character_set_client"),
                rs.getString("collation_connection"),
                rs.getString("db_collation"));
    }

    private static Schedule readSchedule(ResultSet rs) throws SQLException {
        Long executeAt = Columns.getLong(rs, "execute_at");
        if (executeAt != null) {
            return new Schedule.OneTime(executeAt);
        }
        Interval interval = new Interval(IntervalUnit.valueOf(rs.getString("interval_field")),
                rs.getLong("interval_value"));
        return new Schedule.Recurring(interval, rs.getLong("starts"), Columns.getLong(rs, "ends"));
    }
}
