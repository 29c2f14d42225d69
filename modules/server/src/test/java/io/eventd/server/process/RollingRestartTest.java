package io.eventd.server.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.server.Shutdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's rolling-restart guarantee on real processes: three members on this machine, each in turn stopped with
 * SIGTERM (as Kubernetes stops a pod) and started again on the same ports, while 50 events fire every second. The
 * claims must hold every second exactly once per event, history must agree, and each run wrote one row.
 */
@Tag("rolling")
class RollingRestartTest {
    private static final int EVENTS = 50;
    private static final String ADMIN_PASSWORD = "rolling-admin";
    /** What a JVM returns when SIGTERM ended it, after its shutdown hooks ran: 128 + 15. */
    private static final int EXIT_ON_SIGTERM = 143;
    private static final Duration STOP_LIMIT = Shutdown.BUDGET.plusSeconds(10);
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path LOGS = Path.of("target", "rolling-restart");

    private static final List<MemberProcess> members = new ArrayList<>();

    @AfterAll
    static void killLeftovers() {
        members.forEach(MemberProcess::kill);
    }

    @Test
    void restartingEveryMemberInTurnNeitherMissesNorDoublesAFiring() throws Exception {
        String schema = SharedMariaDb.freshSchema("rolling");
        String metadata = SharedMariaDb.uniqueName("rolling_meta");
        SharedMariaDb.execute("CREATE TABLE `" + schema + "`.ticks (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                + "event VARCHAR(64) NOT NULL, at DATETIME(6) NOT NULL)");
        startMembers(metadata);

        Instant firstFiring = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        sql(members.get(0), schema, events().map(e -> "CREATE EVENT " + e + " ON SCHEDULE EVERY 1 SECOND STARTS '"
                + local(firstFiring) + "' DO INSERT INTO ticks (event, at) VALUES ('" + e + "', NOW(6))"));
        awaitEveryEventFiredSince(schema, firstFiring.plusSeconds(2));

        for (MemberProcess member : members) {
            member.terminate();
            await("graceful exit of " + member.name()).atMost(STOP_LIMIT).until(() -> !member.alive());
            assertThat(member.exitValue()).as(member.lastLog().toString()).isEqualTo(EXIT_ON_SIGTERM);
            assertThat(Files.readString(member.lastLog()))
                    .contains("stopped: cluster member " + member.name())
                    .doesNotContain("shutdown budget spent");
            startUntilReady(member);
        }
        awaitEveryEventFiredSince(schema, Instant.now().plusSeconds(3));

        sql(members.get(1), schema, events().map(e -> "DROP EVENT " + e));
        String history = "`" + metadata + "`.history";
        await("every run recorded").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                SharedMariaDb.longs("SELECT COUNT(*) FROM " + history + " WHERE status = 'RUNNING' UNION ALL"
                        + " SELECT COUNT(*) FROM " + history + " WHERE status <> 'SUCCESS' UNION ALL"
                        + " SELECT COUNT(*) FROM `" + schema + "`.ticks UNION ALL SELECT COUNT(*) FROM " + history
                        + " UNION ALL SELECT COUNT(*) FROM `" + metadata + "`.claims"))
                .as("RUNNING, not SUCCESS, body rows, history rows, claims; history by status and reason: %s",
                        TickRows.statuses(history))
                // Firings are claimed half a second ahead: the last ones claimed before the DROP run after it.
                .satisfies(c -> assertThat(c.get(0)).isZero(), c -> assertThat(c.get(2)).isEqualTo(c.get(3)),
                        c -> assertThat(c.get(3)).isEqualTo(c.get(4))));

        // Firings are checked by their scheduled instant: one missed while a member left runs late on the new
        // owner (recorded with its scheduled_at), so its row may share a wall-clock second with the next one.
        Map<String, List<Long>> rowSeconds = TickRows.secondsByEvent(
                "SELECT UPPER(event), FLOOR(UNIX_TIMESTAMP(at)) FROM `" + schema + "`.ticks");
        assertThat(rowSeconds).hasSize(EVENTS);

        // Claims name events folded (upper case), history and body rows as written: compared folded.
        Map<String, List<Long>> claimed = TickRows.secondsByEvent(
                "SELECT event_name, scheduled_at FROM `" + metadata + "`.claims WHERE schema_name = '" + schema + "'");
        assertThat(TickRows.breaks(claimed)).as("firings missed or claimed twice").isEmpty();
        assertThat(SharedMariaDb.longs("SELECT COUNT(*) FROM " + history + " WHERE status <> 'SUCCESS'"))
                .as("runs SKIPPED, ABANDONED or FAILED").containsExactly(0L);
        Map<String, List<Long>> ran = TickRows.secondsByEvent(
                "SELECT UPPER(event_name), scheduled_at FROM " + history + " WHERE schema_name = '" + schema + "'");
        assertThat(ran).as("history = claims, firing for firing").isEqualTo(claimed);
        assertThat(counts(ran)).as("one row written per run").isEqualTo(counts(rowSeconds));
    }

    private static void startMembers(String metadata) throws IOException {
        Files.createDirectories(LOGS);
        EmbeddedMariaDb db = SharedMariaDb.server();
        Path adminPassword = Files.writeString(LOGS.resolve("admin-password"), ADMIN_PASSWORD + "\n");
        Path targetPassword = Files.writeString(LOGS.resolve("target-password"), db.password().reveal());
        List<Integer> clusterPorts = List.of(freePort(), freePort(), freePort());
        String memberList = clusterPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String clusterName = "rolling-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            int httpPort = freePort();
            String name = "n" + (i + 1);
            members.add(new MemberProcess(name, httpPort, List.of("--http-port", "" + httpPort,
                    "--http-host", "127.0.0.1", "--cluster-port", "" + clusterPorts.get(i), "--members", memberList,
                    "--cluster-name", clusterName, "--node-name", name, "--target-url", db.jdbcUrl(),
                    "--target-user", db.user(), "--target-password-file", targetPassword.toString(),
                    "--metadata-schema", metadata, "--admin-password-file", adminPassword.toString()), LOGS));
        }
        members.forEach(MemberProcess::start);
        awaitReady(members);
    }

    private static void startUntilReady(MemberProcess member) {
        member.start();
        awaitReady(List.of(member));
    }

    /**
     * As the kubelet restarts a pod whose start failed: a member that exits before it is ready (on this loaded
     * machine its first MySQL connection can exceed the pool's 2 s timeout) is started again, at most twice.
     */
    private static void awaitReady(List<MemberProcess> starting) {
        AtomicInteger failedStarts = new AtomicInteger();
        await("members ready").atMost(START_LIMIT).until(() -> {
            boolean ready = true;
            for (MemberProcess member : starting) {
                if (!member.alive()) {
                    assertThat(failedStarts.incrementAndGet()).as(() -> "failed starts, see " + member.lastLog() + "; MariaDB connections/max: "
                                    + SharedMariaDb.longs("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                                    + " WHERE VARIABLE_NAME = 'THREADS_CONNECTED'") + "/"
                                    + SharedMariaDb.longs("SELECT @@max_connections"))
                            .isLessThanOrEqualTo(2 * starting.size());
                    member.start();
                }
                ready &= member.ready();
            }
            return ready;
        });
    }

    /** Waits until every event has written a row at or after {@code since}. */
    private static void awaitEveryEventFiredSince(String schema, Instant since) {
        await("every event firing after " + since).atMost(Duration.ofSeconds(30)).until(() -> SharedMariaDb.longs(
                "SELECT COUNT(DISTINCT event) FROM `" + schema + "`.ticks WHERE at >= FROM_UNIXTIME("
                        + since.getEpochSecond() + ")").get(0) == EVENTS);
    }

    private static long count(String sql) {
        return SharedMariaDb.longs(sql).get(0);
    }

    private static Stream<String> events() {
        return IntStream.rangeClosed(1, EVENTS).mapToObj(i -> "e" + i);
    }

    private static Map<String, Integer> counts(Map<String, List<Long>> seconds) {
        return seconds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    /** Runs the statements in one POST /v1/sql as root and expects 200. */
    private static void sql(MemberProcess member, String schema, Stream<String> statements)
            throws Exception {
        String body = statements.collect(Collectors.joining(";\n"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + member.httpPort()
                        + "/v1/sql?schema=" + schema))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("root:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sql").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The members' session time zone is this machine's, as the test's. */
    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
