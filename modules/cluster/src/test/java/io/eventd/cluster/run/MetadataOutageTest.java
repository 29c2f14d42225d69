package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.FlakyDataSource;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The metadata store (claims, history) unavailable for a few seconds while an event fires every second. */
class MetadataOutageTest {

    @Test
    void firingsDueWhileTheClaimCannotBeWrittenAreSkippedWithTheReasonAndTheEventKeepsItsSchedule() {
        String schema = SharedMariaDb.freshSchema("claimout");
        FlakyDataSource metadata = new FlakyDataSource(SharedMariaDb.pool().dataSource());
        try (TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("claimout_meta"))) {
            ClusterNode node = cluster.start(cluster.settings(0), SharedMariaDb.pool().dataSource(), metadata);
            Fired fired = new Fired(schema, cluster.metadataSchema());
            EventDefinition event = Events.everySeconds(schema, "e", 1, Fired.insertBody("e"));
            node.catalog().apply(event.key(), Events.create(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "SUCCESS") >= 2);

            metadata.down();
            await().atMost(Duration.ofSeconds(20)).until(() -> skippedForTheClaim(node, schema).size() >= 3);
            metadata.up();
            long successAtUp = fired.runs("e", "SUCCESS");
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "SUCCESS") >= successAtUp + 3);

            assertThat(skippedForTheClaim(node, schema)).allSatisfy(record -> assertThat(record.reason())
                    .isEqualTo(FiringClaims.CLAIM_NOT_WRITTEN
                            + "metadata - Connection is not available, request timed out"));
            List<Long> everyFiring = history(node, schema).stream().map(ExecutionRecord::scheduledAt).sorted()
                    .toList();
            assertThat(everyFiring).as("every second recorded once, run or skipped")
                    .isEqualTo(LongStream.rangeClosed(everyFiring.get(0), everyFiring.get(everyFiring.size() - 1))
                            .boxed().toList());
            // The history table missed what was recorded during the outage; the history map holds every run.
            // Claimed half a second ahead, a firing has its claim row before its run: they agree between runs.
            Fired.eventually(() -> {
                long success = history(node, schema).stream()
                        .filter(record -> record.status() == ExecutionStatus.SUCCESS).count();
                assertThat(fired.rows("e")).as("body rows").isEqualTo(success);
                assertThat(fired.claims("e")).as("claim rows").isEqualTo(success);
            });
        }
    }

    private static List<ExecutionRecord> history(ClusterNode node, String schema) {
        return EngineMaps.of(node.hazelcast()).history().values().stream()
                .filter(record -> record.schema().equals(schema)).toList();
    }

    private static List<ExecutionRecord> skippedForTheClaim(ClusterNode node, String schema) {
        return history(node, schema).stream().filter(record -> record.status() == ExecutionStatus.SKIPPED
                && record.reason().startsWith(FiringClaims.CLAIM_NOT_WRITTEN)).toList();
    }
}
