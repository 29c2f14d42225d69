package io.eventd.bench.peers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code peers.fired}: every system's job body inserts its name and {@code NOW(6)} there (and, where the scheduler
 * tells it, the instant it was scheduled for). The server runs in UTC, so DATETIME values are UTC.
 */
final class FiringTable {
    static final String SCHEMA = "peers";
    static final String TABLE = SCHEMA + ".fired";
    private static final DateTimeFormatter DATETIME_6 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);
    private static final String INSERT =
            "INSERT INTO " + TABLE + " (name, instance, scheduled, fired_at) VALUES (?, ?, ?, NOW(6))";
    private static final String EPOCH = "'1970-01-01 00:00:00'";

    private FiringTable() {
    }

    /** Drops and creates the schema with an empty table (a run's jobs and events live in the same schema). */
    static void recreateSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            statement.execute("CREATE DATABASE " + SCHEMA);
            statement.execute("CREATE TABLE " + TABLE + " ("
                    + "id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "name VARCHAR(100) NOT NULL, "
                    + "instance VARCHAR(50) NULL, "
                    + "scheduled DATETIME(6) NULL, "
                    + "fired_at DATETIME(6) NOT NULL) ENGINE=InnoDB");
        }
    }

    /** The body of a Quartz job or db-scheduler task. */
    static void record(DataSource dataSource, String name, String instance, Instant scheduled) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, name);
            insert.setString(2, instance);
            insert.setString(3, DATETIME_6.format(scheduled));
            insert.executeUpdate();
        }
    }

    /** The body of a MariaDB event: the same row without a scheduled instant (the scheduler does not expose it). */
    static String eventBody(String name) {
        return "INSERT INTO " + TABLE + " (name, fired_at) VALUES ('" + name + "', NOW(6))";
    }

    static String datetime(Instant instant) {
        return DATETIME_6.format(instant);
    }

    /**
     * Every recorded firing. A row without a scheduled instant (MariaDB's events, all {@code EVERY 1 SECOND} from a
     * whole second) is taken as scheduled for the whole second it fired in.
     */
    static List<Firing> readAll(DataSource dataSource) throws SQLException {
        String query = "SELECT name, instance, TIMESTAMPDIFF(MICROSECOND, " + EPOCH + ", scheduled), "
                + "TIMESTAMPDIFF(MICROSECOND, " + EPOCH + ", fired_at) FROM " + TABLE + " ORDER BY id";
        List<Firing> firings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                long scheduled = rows.getLong(3);
                boolean wholeSecondOfFiring = rows.wasNull();
                long fired = rows.getLong(4);
                if (wholeSecondOfFiring) {
                    scheduled = Math.floorDiv(fired, 1_000_000L) * 1_000_000L;
                }
                firings.add(new Firing(rows.getString(1), rows.getString(2), scheduled, fired));
            }
        }
        return firings;
    }
}
