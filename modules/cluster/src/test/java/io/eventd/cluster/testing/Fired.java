package io.eventd.cluster.testing;

import io.eventd.jdbc.testing.SharedMariaDb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.awaitility.core.ThrowingRunnable;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;

/** The table event bodies insert into, and what history, claims and body rows must agree on. */
public final class Fired {
    private final String schema;
    private final String metadata;

    public Fired(String schema, String metadata) {
        this.schema = schema;
        this.metadata = metadata;
        SharedMariaDb.execute("CREATE TABLE `" + schema + "`.fired (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " ev VARCHAR(64) NOT NULL, at DATETIME(6) NOT NULL, UNIQUE KEY run (ev, at))");
    }

    public static String insertBody(String event) {
        return "INSERT INTO fired (ev, at) VALUES ('" + event + "', NOW(6))";
    }

    public long rows(String event) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + schema + "`.fired WHERE ev = '" + event + "'").get(0);
    }

    public long runs(String event, String status) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + metadata + "`.history WHERE schema_name = '" + schema
                + "' AND event_name = '" + event + "' AND status = '" + status + "'").get(0);
    }

    /** Scheduled instants of every history row of the event, in order. */
    public List<Long> scheduled(String event) {
        return SharedMariaDb.longs("SELECT scheduled_at FROM `" + metadata + "`.history WHERE schema_name = '" + schema
                + "' AND event_name = '" + event + "' ORDER BY scheduled_at");
    }

    public long claims(String event) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + metadata + "`.claims WHERE schema_name = '" + schema
                + "' AND event_name = '" + event.toUpperCase() + "'").get(0);
    }

    /**
     * Waits until each event recorded {@code firings} firings scheduled at or after {@code since}; returns the last
     * of those instants (every event's observed window reaches at least that far).
     */
    public long awaitEachFiredSince(Collection<String> events, long since, int firings) {
        long until = since + firings - 1;
        await().atMost(Duration.ofSeconds(30)).until(() -> events.stream().allMatch(event -> {
            List<Long> scheduled = scheduled(event);
            return !scheduled.isEmpty() && scheduled.get(scheduled.size() - 1) >= until;
        }));
        return until;
    }

    /** Every firing of the event from {@code first} (its STARTS) to {@code until} is recorded, with no gap after. */
    public void assertEverySecondFrom(String event, long first, long until) {
        assertThat(scheduled(event)).as("firings of %s", event)
                .startsWith(LongStream.rangeClosed(first, until).boxed().toArray(Long[]::new));
        assertNoMissingSecond(event);
    }

    /**
     * Every firing recorded once; each SUCCESS ran the body once; every firing up to two seconds ago that has a
     * durable claim has its history row, and every run its claim; runs never overlap. History reaches MySQL a second or two behind the
     * runs (written behind), so this waits for it to agree, up to 20 s.
     */
    public void assertExactlyOnce(String event) {
        assertEachFiringOnce(event);
        assertThat(overlappingRuns(event)).as("overlapping runs of %s", event).isEmpty();
    }

    /** {@link #assertExactlyOnce} but for overlapping runs of distinct firings. */
    public void assertEachFiringOnce(String event) {
        long cutoff = Instant.now().getEpochSecond() - 2;
        await("history of " + event + " written").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(scheduled(event)).as("history of %s", event).doesNotHaveDuplicates();
            long success = runs(event, "SUCCESS");
            // A body cut off by its member's death may still finish on the server: at most one row per claim.
            assertThat(rows(event)).as("body rows of %s", event).isBetween(success, claims(event));
            // Every claim has its history row (a run, or SKIPPED when its member lost its majority before the
            // instant); every run has its claim.
            String claims = "`" + metadata + "`.claims c";
            String history = "`" + metadata + "`.history h";
            String sameFiring = " h.schema_name = c.schema_name AND h.event_name = c.event_name COLLATE"
                    + " utf8mb4_general_ci AND h.scheduled_at = c.scheduled_at";
            assertThat(count(claims + " WHERE c.schema_name = '" + schema + "' AND c.event_name = '"
                    + event.toUpperCase() + "' AND c.scheduled_at <= " + cutoff + " AND NOT EXISTS (SELECT 1 FROM "
                    + history + " WHERE" + sameFiring + ")")).as("claims of %s without history", event).isZero();
            assertThat(count(history + " WHERE h.schema_name = '" + schema + "' AND h.event_name = '" + event
                    + "' AND h.status <> 'SKIPPED' AND h.scheduled_at <= " + cutoff + " AND NOT EXISTS (SELECT 1 FROM "
                    + claims + " WHERE" + sameFiring + ")")).as("runs of %s without claim", event).isZero();
        });
    }

    /**
     * Pairs of runs of the event that overlap in time, each as "first firing, second firing: the two runs", the
     * first firing being the earlier.
     */
    public List<String> overlappingRuns(String event) {
        String run = "' ', %1$s.scheduled_at, ' ', %1$s.status, ' on ', %1$s.node, ' ', %1$s.started_at, ' - ', "
                + "%1$s.finished_at";
        return SharedMariaDb.column("SELECT CONCAT(LEAST(a.scheduled_at, b.scheduled_at), ', ',"
                + " GREATEST(a.scheduled_at, b.scheduled_at), ':', " + run.formatted("a") + ", ' and', "
                + run.formatted("b") + ") FROM `" + metadata + "`.history a JOIN `" + metadata
                + "`.history b ON a.schema_name = b.schema_name AND a.event_name = b.event_name"
                + " AND a.id < b.id AND a.started_at < b.finished_at AND b.started_at < a.finished_at"
                + " WHERE a.schema_name = '" + schema + "' AND a.event_name = '" + event + "'"
                + " AND a.status <> 'SKIPPED' AND b.status <> 'SKIPPED'");
    }

    /** Runs the assertions until they hold (history is written behind), at most 20 s. */
    public static void eventually(ThrowingRunnable assertions) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(assertions);
    }

    private static long count(String from) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM " + from).get(0);
    }

    /**
     * No second of the event's grid between its first and last recorded firing is missing, but inside
     * [{@code from}, {@code to}] (a window the policy excuses, e.g. failure detection).
     */
    public void assertNoMissingSecondOutside(String event, long from, long to) {
        List<Long> scheduled = scheduled(event);
        assertThat(scheduled).isNotEmpty();
        assertThat(LongStream.rangeClosed(scheduled.get(0), scheduled.get(scheduled.size() - 1))
                .filter(second -> (second < from || second > to) && !scheduled.contains(second)).boxed().toList())
                .as("seconds of %s missed outside [%d, %d]", event, from, to).isEmpty();
    }

    /** No second of the event's grid between its first and last recorded firing is missing. */
    public void assertNoMissingSecond(String event) {
        List<Long> scheduled = scheduled(event);
        assertThat(scheduled).isNotEmpty();
        long first = scheduled.get(0);
        assertThat(scheduled).as("firings of %s", event)
                .isEqualTo(LongStream.rangeClosed(first, scheduled.get(scheduled.size() - 1))
                        .boxed().toList());
    }
}
