package io.eventd.jdbc.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.jdbc.testing.SharedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void appAccountReachesTheServerOverLoopbackTcp() throws SQLException {
        EmbeddedMariaDb server = SharedMariaDb.server();
        try (Connection c = SharedMariaDb.pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CURRENT_USER(), VERSION(), @@port, @@bind_address")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("app@127.0.0.1");
            assertThat(rs.getString(2)).contains("MariaDB").startsWith("11.4");
            assertThat(rs.getInt(3)).isEqualTo(server.port());
            assertThat(rs.getString(4)).isEqualTo("127.0.0.1");
        }
        assertThat(server.jdbcUrl("db1")).isEqualTo("jdbc:mysql://127.0.0.1:" + server.port() + "/db1?sslMode=DISABLED");
        assertThat(server.toString()).doesNotContain(server.password().reveal());
    }

    @Test
    void mariaDbsOwnEventSchedulerRunsEvents() {
        String schema = SharedMariaDb.freshSchema("native_events");
        SharedMariaDb.execute(
                "CREATE TABLE `" + schema + "`.ticks (id INT AUTO_INCREMENT PRIMARY KEY)",
                "CREATE EVENT `" + schema + "`.tick ON SCHEDULE EVERY 1 SECOND DO INSERT INTO `" + schema
                        + "`.ticks () VALUES ()",
                "SET GLOBAL event_scheduler = ON");
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> count(schema) >= 2);
        } finally {
            SharedMariaDb.execute("SET GLOBAL event_scheduler = OFF", "DROP EVENT `" + schema + "`.tick");
        }
    }

    private static long count(String schema) throws SQLException {
        try (Connection c = SharedMariaDb.pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + schema + "`.ticks")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
