package io.eventd.jdbc.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BodyRunnerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String NESTED_COMPOUND = """
            outer_block: BEGIN
              DECLARE i INT DEFAULT 0;
              WHILE i < 3 DO
                SET i = i + 1;
                IF i = 2 THEN
                  BEGIN
                    INSERT INTO log (msg) VALUES ('two; END; still one string');
                  END;
                ELSE
                  INSERT INTO log (msg) VALUES (CONCAT('n=', i));
                END IF;
              END WHILE;
            END outer_block""";

    private final BodyRunner runner = new BodyRunner(SharedMariaDb.pool().dataSource());
    private String schema;

    @BeforeEach
    void createSchema() {
        schema = SharedMariaDb.freshSchema("body");
        SharedMariaDb.execute(
                "CREATE TABLE `" + schema + "`.log (id INT AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(100))",
                "CREATE TABLE `" + schema + "`.short_text (c VARCHAR(3))");
    }

    private EventBody body(String sql) {
        return new EventBody(schema, sql, "SYSTEM", "STRICT_TRANS_TABLES");
    }

    @Test
    void runsASingleStatementInTheEventsSchema() throws SQLException {
        BodyResult result = runner.run(body("INSERT INTO log (msg) VALUES (DATABASE()), ('second')"), TIMEOUT);

        assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCESS);
        assertThat(result.rowsAffected()).isEqualTo(2);
        assertThat(result.warnings()).isZero();
        assertThat(result.errorCode()).isNull();
        assertThat(messages()).containsExactly(schema, "second");
    }

    @Test
    void discardsTheRowsOfASelect() {
        SharedMariaDb.execute("INSERT INTO `" + schema + "`.log (msg) VALUES ('a'), ('b')");

        BodyResult result = runner.run(body("SELECT * FROM log"), TIMEOUT);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.rowsAffected()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CompoundStrategy.class)
    void runsNestedCompoundBodiesWithEveryStrategy(CompoundStrategy strategy) throws SQLException {
        BodyRunner compoundRunner = new BodyRunner(SharedMariaDb.pool().dataSource(), strategy);

        BodyResult first = compoundRunner.run(body(NESTED_COMPOUND), TIMEOUT);
        BodyResult second = compoundRunner.run(body(NESTED_COMPOUND), TIMEOUT);

        assertThat(first).extracting(BodyResult::status).as(first.toString()).isEqualTo(ExecutionStatus.SUCCESS);
        assertThat(second.status()).isEqualTo(ExecutionStatus.SUCCESS);
        assertThat(messages()).containsExactly("n=1", "two; END; still one string", "n=3",
                "n=1", "two; END; still one string", "n=3");
        assertThat(managedProcedures()).hasSize(strategy == CompoundStrategy.MANAGED_PROCEDURE ? 1 : 0);
    }

    @ParameterizedTest
    @EnumSource(value = CompoundStrategy.class, names = {"BEGIN_NOT_ATOMIC", "MANAGED_PROCEDURE"})
    void reportsAnErrorRaisedInsideACompoundBody(CompoundStrategy strategy) {
        BodyRunner compoundRunner = new BodyRunner(SharedMariaDb.pool().dataSource(), strategy);

        BodyResult result = compoundRunner.run(body("BEGIN INSERT INTO log (msg) VALUES ('x'); DELETE FROM nope; END"),
                TIMEOUT);

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo(1146);
        assertThat(result.sqlState()).isEqualTo("42S02");
        assertThat(result.errorMessage()).isEqualTo("Table '" + schema + ".nope' doesn't exist");
    }

    @Test
    void appliesTheEventsTimeZone() throws SQLException {
        String offset = "INSERT INTO log (msg) VALUES (TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW()))";
        assertThat(runner.run(new EventBody(schema, offset, "+05:30", ""), TIMEOUT).succeeded()).isTrue();
        assertThat(runner.run(new EventBody(schema, offset, "-03:00", ""), TIMEOUT).succeeded()).isTrue();
        assertThat(runner.run(new EventBody(schema, "INSERT INTO log (msg) VALUES (@@time_zone)", "SYSTEM", ""),
                TIMEOUT).succeeded()).isTrue();

        assertThat(messages()).containsExactly("330", "-180", "SYSTEM");
    }

    @Test
    void appliesTheEventsSqlMode() {
        String tooLong = "INSERT INTO short_text VALUES ('abcd')";

        BodyResult strict = runner.run(new EventBody(schema, tooLong, "SYSTEM", "STRICT_ALL_TABLES"), TIMEOUT);
        BodyResult lax = runner.run(new EventBody(schema, tooLong, "SYSTEM", ""), TIMEOUT);

        assertThat(strict.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(strict.errorCode()).isEqualTo(1406);
        assertThat(strict.sqlState()).isEqualTo("22001");
        assertThat(strict.errorMessage()).isEqualTo("Data too long for column 'c' at row 1");
        assertThat(lax.status()).isEqualTo(ExecutionStatus.SUCCESS);
        assertThat(lax.rowsAffected()).isEqualTo(1);
        assertThat(lax.warnings()).isEqualTo(1);
    }

    @Test
    void aBodyThatChangesItsSessionLeavesNothingToTheNextRunOnTheConnection() throws SQLException {
        try (TargetDataSource one = onePooledConnection()) {
            BodyRunner onOne = new BodyRunner(one.dataSource());
            String other = SharedMariaDb.freshSchema("other");

            assertThat(onOne.run(new EventBody(other, "SET SESSION time_zone = '+09:00', sql_mode = ''", "+01:00",
                    "STRICT_ALL_TABLES"), TIMEOUT).succeeded()).isTrue();
            BodyResult next = onOne.run(new EventBody(schema,
                    "INSERT INTO log (msg) VALUES (CONCAT_WS(' ', DATABASE(), @@time_zone, @@sql_mode))", "-02:00",
                    "STRICT_ALL_TABLES"), TIMEOUT);

            assertThat(next.succeeded()).as(next.toString()).isTrue();
            assertThat(messages()).containsExactly(schema + " -02:00 STRICT_ALL_TABLES");
        }
    }

    @ParameterizedTest
    @EnumSource(value = CompoundStrategy.class, names = {"BEGIN_NOT_ATOMIC", "MANAGED_PROCEDURE"})
    void rollsBackWhatABodyLeftUncommittedAsTheEndOfItsSessionWould(CompoundStrategy strategy) throws SQLException {
        try (TargetDataSource one = onePooledConnection()) {
            BodyRunner onOne = new BodyRunner(one.dataSource(), strategy);

            BodyResult failed = onOne.run(body("BEGIN START TRANSACTION; INSERT INTO log (msg) VALUES ('uncommitted');"
                    + " DELETE FROM nope; COMMIT; END"), TIMEOUT);
            BodyResult next = onOne.run(body("INSERT INTO log (msg) VALUES ('next')"), TIMEOUT);

            assertThat(failed.errorCode()).isEqualTo(1146);
            assertThat(next.succeeded()).as(next.toString()).isTrue();
            assertThat(messages()).containsExactly("next");
        }
    }

    @Test
    void turnsAutocommitBackOnAfterABodyThatTurnedItOff() throws SQLException {
        try (TargetDataSource one = onePooledConnection()) {
            BodyRunner onOne = new BodyRunner(one.dataSource());

            assertThat(onOne.run(body("SET autocommit = 0"), TIMEOUT).succeeded()).isTrue();
            assertThat(onOne.run(body("INSERT INTO log (msg) VALUES ('committed')"), TIMEOUT).succeeded()).isTrue();

            assertThat(messages()).containsExactly("committed");
        }
    }

    @Test
    void runsInASchemaDroppedAndCreatedAgainSinceTheConnectionsLastRun() throws SQLException {
        try (TargetDataSource one = onePooledConnection()) {
            BodyRunner onOne = new BodyRunner(one.dataSource());
            assertThat(onOne.run(body("INSERT INTO log (msg) VALUES ('before')"), TIMEOUT).succeeded()).isTrue();

            SharedMariaDb.execute("DROP DATABASE `" + schema + "`");
            BodyResult whileGone = onOne.run(body("INSERT INTO log (msg) VALUES ('gone')"), TIMEOUT);
            SharedMariaDb.execute("CREATE DATABASE `" + schema + "`",
                    "CREATE TABLE `" + schema + "`.log (id INT AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(100))");
            BodyResult after = onOne.run(body("INSERT INTO log (msg) VALUES ('after')"), TIMEOUT);

            assertThat(whileGone.errorCode()).isEqualTo(1049);
            assertThat(whileGone.errorMessage()).isEqualTo("Unknown database '" + schema + "'");
            assertThat(after.succeeded()).as(after.toString()).isTrue();
            assertThat(messages()).containsExactly("after");
        }
    }

    @Test
    void sendsATimeZoneThatIsNoPlainLiteralAsAValueNotAsSql() throws SQLException {
        String injected = "+00:00'; DROP TABLE log; SET @x = '";

        BodyResult result = runner.run(new EventBody(schema, "INSERT INTO log (msg) VALUES ('ran')", injected, ""),
                TIMEOUT);

        assertThat(result.errorCode()).isEqualTo(1298);
        assertThat(result.errorMessage()).isEqualTo("Unknown or incorrect time zone: '" + injected + "'");
        assertThat(messages()).isEmpty();
    }

    @Test
    void reportsAMissingTable() {
        BodyResult result = runner.run(body("INSERT INTO missing VALUES (1)"), TIMEOUT);

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo(1146);
        assertThat(result.sqlState()).isEqualTo("42S02");
        assertThat(result.errorMessage()).isEqualTo("Table '" + schema + ".missing' doesn't exist");
        assertThat(result.rowsAffected()).isZero();
    }

    @Test
    void reportsASyntaxError() {
        BodyResult result = runner.run(body("SELEC 1"), TIMEOUT);

        assertThat(result.errorCode()).isEqualTo(1064);
        assertThat(result.sqlState()).isEqualTo("42000");
        assertThat(result.errorMessage()).startsWith("You have an error in your SQL syntax;")
                .contains("near 'SELEC 1' at line 1");
    }

    @Test
    void stopsABodyAtItsTimeout() {
        BodyResult result = runner.run(body("INSERT INTO log (msg) SELECT SLEEP(30)"), Duration.ofMillis(500));

        assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo(1969);
        assertThat(result.sqlState()).isEqualTo("70100");
        assertThat(result.errorMessage()).isEqualTo("Query execution was interrupted (max_statement_time exceeded)");
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void reportsADeadTargetWithinTheConnectionTimeout() throws IOException {
        TargetConfig nowhere = TargetConfig.of("jdbc:mysql://127.0.0.1:" + freePort() + "/?sslMode=DISABLED", "app",
                SharedMariaDb.server().password()).withConnectionTimeout(Duration.ofMillis(500));
        try (TargetDataSource dead = new TargetDataSource(nowhere)) {
            BodyResult result = new BodyRunner(dead.dataSource()).run(body("DO 1"), TIMEOUT);

            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.sqlState()).isEqualTo("08S01");
            assertThat(result.errorMessage()).startsWith("Communications link failure");
            assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static TargetDataSource onePooledConnection() {
        return new TargetDataSource(SharedMariaDb.server().targetConfig().withMaxPoolSize(1)
                .withConnectionTimeout(Duration.ofSeconds(30)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private List<String> messages() throws SQLException {
        return strings("SELECT msg FROM `" + schema + "`.log ORDER BY id");
    }

    private List<String> managedProcedures() throws SQLException {
        return strings("SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '" + schema
                + "' AND ROUTINE_NAME LIKE 'eventd\\_body\\_%'");
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = SharedMariaDb.pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
