package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.map.IMap;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.store.JdbcClaimStore;
import io.eventd.jdbc.store.MetadataSchema;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims whose run state the grid lost (written here as the claim rows of members gone, with no record or a RUNNING
 * one) are closed ABANDONED once their runs had the time to end; a run whose final record is in the grid is kept.
 */
class UnsettledRunSweepTest {
    private static final String SCHEMA = "sweep";

    @Test
    void claimsLeftWithoutAFinalRecordAreClosedAbandonedAndFinalRecordsAreKept() {
        String metadata = SharedMariaDb.freshSchema("sweep_meta");
        try (TestCluster cluster = new TestCluster(1, metadata)) {
            ClusterNode node = cluster.start(cluster.settings(0).withBodyTimeout(Duration.ofSeconds(1)));
            IMap<FiringKey, ExecutionRecord> history = node.hazelcast().getMap(ClusterMaps.HISTORY);
            JdbcClaimStore claims = new JdbcClaimStore(
                    new MetadataSchema(SharedMariaDb.pool().dataSource(), metadata));
            long old = Instant.now().getEpochSecond() - 40;

            assertThat(claims.claim(SCHEMA, "no_record", old, "gone", 7)).isTrue();
            assertThat(claims.claim(SCHEMA, "running", old, "gone", 8)).isTrue();
            history.set(new FiringKey(SCHEMA, "running", old, 1),
                    Records.lostRunning(SCHEMA, "Running", old, "gone", 1, 8));
            assertThat(claims.claim(SCHEMA, "succeeded", old, "alive", 9)).isTrue();
            ExecutionRecord success = new ExecutionRecord(SCHEMA, "succeeded", old, Instant.ofEpochSecond(old),
                    Instant.ofEpochSecond(old + 1), ExecutionStatus.SUCCESS, 1, 0, null, null, null, null, "alive", 1,
                    9);
            history.set(new FiringKey(SCHEMA, "succeeded", old, 1), success);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(rows(metadata, "no_record", "ABANDONED")).containsExactly(1L);
                assertThat(rows(metadata, "running", "ABANDONED")).containsExactly(1L);
            });
            ExecutionRecord running = history.get(new FiringKey(SCHEMA, "running", old, 1));
            assertThat(running.reason()).isEqualTo(UnsettledRunSweep.RUN_LOST);
            assertThat(running.event()).as("the name as the RUNNING record wrote it").isEqualTo("Running");
            assertThat(running.node()).isEqualTo("gone");
            assertThat(running.fencingToken()).isEqualTo(8);
            assertThat(history.get(new FiringKey(SCHEMA, "no_record", old, 1)).fencingToken()).isEqualTo(7);
            assertThat(history.get(new FiringKey(SCHEMA, "succeeded", old, 1))).isEqualTo(success);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(rows(metadata, "succeeded", "SUCCESS")).containsExactly(1L));
            // How far it checked is persisted: a restarted cluster goes on from there.
            List<Long> checkedTo = SharedMariaDb.longs("SELECT value FROM `" + metadata + "`.settings WHERE name = '"
                    + UnsettledRunSweep.CHECKED_TO + "'");
            assertThat(checkedTo).singleElement().satisfies(to -> assertThat(to).isGreaterThanOrEqualTo(old));
        }
    }

    /** For each of the event's rows in MySQL's history (written behind): 1 if it has {@code status}, else 0. */
    private static List<Long> rows(String metadata, String event, String status) {
        return SharedMariaDb.longs("SELECT status = '" + status + "' FROM `" + metadata
                + "`.history WHERE schema_name = '" + SCHEMA + "' AND event_name = '" + event + "'");
    }
}
