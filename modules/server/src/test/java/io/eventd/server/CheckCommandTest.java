package io.eventd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int check(String sql, String... args) {
        CheckCommand command = new CheckCommand(new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        CommandLine line = new CommandLine(command);
        line.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        return line.execute(args);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aMalformedNowIsRefusedWithUsageExitCodeAndNothingRuns() {
        int exit = check("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1", "--now", "tomorrow", "--database", "d");
        assertThat(exit).isEqualTo(2);
        assertThat(lines()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--now must look like 'YYYY-MM-DD HH:MM:SS'");
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        assertThat(check("SELECT 1", "--time-zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--time-zone: unknown time zone 'Mars/Olympus'");
    }

    @Test
    void theSessionZoneIsStoredWithTheEventAndStartsAreReadInIt() {
        check("CREATE EVENT e ON SCHEDULE EVERY 1 DAY STARTS '2026-01-21 00:00:00' DO SELECT 1;\n"
                        + "SELECT TIME_ZONE, STARTS FROM information_schema.EVENTS",
                "--now", "2026-01-20 12:00:00", "--database", "d", "--time-zone", "+05:00", "--fires", "1");
        assertThat(lines()).containsExactly(
                "{\"statement\":1,\"ok\":true,\"warnings\":[],\"event\":\"d.e\",\"fires\":[\"2026-01-20 19:00:00\"]}",
                "{\"statement\":2,\"ok\":true,\"warnings\":[],\"columns\":[\"TIME_ZONE\",\"STARTS\"],"
                        + "\"rows\":[[\"+05:00\",\"2026-01-21 00:00:00\"]]}");
    }

    @Test
    void anotherUserHoldsEventOnTheGivenDatabaseOnly() {
        check("CREATE DATABASE other;\nCREATE EVENT other.e ON SCHEDULE EVERY 1 DAY DO SELECT 1;\n"
                        + "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DEFINER = root DO SELECT 1;\n"
                        + "CREATE DEFINER = root EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1",
                "--now", "2026-01-20 12:00:00", "--database", "d", "--user", "joe@%");
        List<String> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains("\"code\":1044", "Access denied for user 'joe'@'%' to database 'other'");
        assertThat(lines.get(2)).contains("\"code\":1064");
        assertThat(lines.get(3)).contains("\"code\":1227");
    }
}
