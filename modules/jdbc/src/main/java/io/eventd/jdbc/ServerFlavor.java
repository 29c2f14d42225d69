package io.eventd.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which server a connection talks to; MariaDB says so in its version string ({@code 5.5.5-10.11.6-MariaDB}). */
public enum ServerFlavor {
    MYSQL, MARIADB;

    public static ServerFlavor ofVersion(String version) {
        return version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }

    /** From the version the server sent at handshake (no round trip). */
    public static ServerFlavor of(Connection connection) throws SQLException {
        return ofVersion(connection.getMetaData().getDatabaseProductVersion());
    }
}
