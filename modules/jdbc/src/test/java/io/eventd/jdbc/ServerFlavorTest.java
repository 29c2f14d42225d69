package io.eventd.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.jdbc.testing.SharedMariaDb;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ServerFlavorTest {

    @Test
    void readsTheFlavorFromTheVersionString() {
        assertThat(ServerFlavor.ofVersion("5.5.5-10.11.6-MariaDB-0+deb12u1")).isEqualTo(ServerFlavor.MARIADB);
        assertThat(ServerFlavor.ofVersion("11.4.5-MariaDB")).isEqualTo(ServerFlavor.MARIADB);
        assertThat(ServerFlavor.ofVersion("8.4.3")).isEqualTo(ServerFlavor.MYSQL);
        assertThat(ServerFlavor.ofVersion("8.0.36-commercial")).isEqualTo(ServerFlavor.MYSQL);
    }

    @Test
    void detectsTheEmbeddedServerAsMariaDb() throws SQLException {
        try (Connection c = SharedMariaDb.pool().connection()) {
            assertThat(ServerFlavor.of(c)).isEqualTo(ServerFlavor.MARIADB);
        }
    }

    @Test
    void aReadOnlyServerIsAReplica() throws SQLException {
        try (Connection c = SharedMariaDb.pool().connection()) {
            assertThat(TargetRole.of(c)).isEqualTo(TargetRole.PRIMARY);
            SharedMariaDb.execute("SET GLOBAL read_only = ON");
            try {
                assertThat(TargetRole.of(c)).isEqualTo(TargetRole.REPLICA);
            } finally {
                SharedMariaDb.execute("SET GLOBAL read_only = OFF");
            }
        }
    }
}
