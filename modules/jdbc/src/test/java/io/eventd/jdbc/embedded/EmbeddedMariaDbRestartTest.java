package io.eventd.jdbc.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbRestartTest {

    @Test
    void refusesAWorkDirThatMariaDb4jWouldWipe(@TempDir Path underTmp) {
        assertThatThrownBy(() -> EmbeddedMariaDb.builder().workDir(underTmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("under java.io.tmpdir");
    }

    @Test
    void aServerRestartedOnItsWorkDirKeepsItsDataAndTakesTheNewPassword() throws Exception {
        Path workDir = Files.createTempDirectory(Path.of("target"), "restarted-mariadb");
        try {
            restartTwice(workDir);
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static void restartTwice(Path workDir) throws SQLException {
        try (EmbeddedMariaDb first = EmbeddedMariaDb.builder().workDir(workDir).password(Secret.of("one")).start()) {
            execute(first.targetConfig(), "CREATE DATABASE kept", "CREATE TABLE kept.t (v INT)",
                    "INSERT INTO kept.t VALUES (42)");
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.builder().workDir(workDir).password(Secret.of("two")).start();
             Connection c = connect(second.targetConfig()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept.t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void execute(TargetConfig target, String... sql) throws SQLException {
        try (Connection c = connect(target); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static Connection connect(TargetConfig target) throws SQLException {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password().reveal());
    }
}
