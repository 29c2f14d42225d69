package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.FlakyDataSource;
import io.eventd.cluster.testing.TcpGate;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The metadata store (claims, history) unavailable for a few seconds while an event fires every second. */
class MetadataOutageTest {
    private static final int SLOW_CLAIM_EVENTS = 20;

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

    /**
     * Claims slower than a second (every connection waits 2.5 s): the timer takes an event's next firing while the
     * claim before it is still finishing, and the ownership audit must not take such an event for lost (picking it
     * up again started a second firing sequence for it); every second is still recorded once, run or skipped.
     */
    @Test
    void claimsRunningLateLeaveEveryEventOnOneScheduleAndEverySecondRecordedOnce() {
        String schema = SharedMariaDb.freshSchema("slowclaim");
        FlakyDataSource metadata = new FlakyDataSource(SharedMariaDb.pool().dataSource());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("slowclaim_meta"))) {
            ClusterNode node = cluster.start(cluster.settings(0), SharedMariaDb.pool().dataSource(), metadata,
                    registry);
            List<String> names = IntStream.range(0, SLOW_CLAIM_EVENTS).mapToObj(i -> "s" + i).toList();
            for (String name : names) {
                EventDefinition event = Events.everySeconds(schema, name, 1, "DO 1");
                node.catalog().apply(event.key(), Events.create(event));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> names.stream()
                    .allMatch(name -> scheduled(node, schema, name).size() >= 2));

            metadata.delayConnections(Duration.ofMillis(2500));
            await("no event picked up again while its claims run late").during(Duration.ofSeconds(12))
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> registry.get("eventd.ownership.repairs").counter().count() == 0);
            metadata.delayConnections(Duration.ZERO);
            long back = Instant.now().getEpochSecond();
            await().atMost(Duration.ofSeconds(40)).until(() -> names.stream()
                    .allMatch(name -> scheduled(node, schema, name).stream().anyMatch(at -> at > back + 2)));

            for (String name : names) {
                List<Long> seconds = scheduled(node, schema, name);
                assertThat(seconds).as("every second of %s recorded once, run or skipped", name)
                        .isEqualTo(LongStream.rangeClosed(seconds.get(0), seconds.get(seconds.size() - 1))
                                .boxed().toList());
            }
        }
    }

    /**
     * MySQL away for the member's own tables (its port refuses connections; real pools, the store's borrow timeout
     * 15 s and the claims' 1 s, as a node has them) while the bodies' server stays: the firings of the outage are
     * SKIPPED at their seconds, and once MySQL is back the member runs its firings on time at once. With one pool
     * for both, the claiming thread waited 15 s for each claim, then caught up the seconds it had fallen behind.
     */
    @Test
    void aMemberWhoseMetadataServerGoesAwaySkipsItsSecondsOnTimeAndRunsOnTimeOnceItIsBack() {
        String schema = SharedMariaDb.freshSchema("gateout");
        try (TcpGate gate = new TcpGate(SharedMariaDb.server().port());
             TargetDataSource store = throughGate(gate, Duration.ofSeconds(15), TargetConfig.DEFAULT_MAX_POOL_SIZE);
             TargetDataSource claims = throughGate(gate, Duration.ofSeconds(1), 2);
             TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("gateout_meta"))) {
            ClusterNode node = cluster.start(cluster.settings(0), SharedMariaDb.pool().dataSource(),
                    new ClusterNode.MetadataPools(store.dataSource(), claims.dataSource()), new SimpleMeterRegistry());
            Fired fired = new Fired(schema, cluster.metadataSchema());
            EventDefinition event = Events.everySeconds(schema, "e", 1, Fired.insertBody("e"));
            node.catalog().apply(event.key(), Events.create(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "SUCCESS") >= 2);

            gate.shut();
            long down = Instant.now().getEpochSecond();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> skippedForTheClaim(node, schema).size() >= 10);
            } finally {
                gate.open(); // else a failure leaves the member to stop with MySQL away, waiting out every timeout
            }
            long up = Instant.now().getEpochSecond();
            await("on time once MySQL is back").atMost(Duration.ofSeconds(20)).until(() -> history(node, schema)
                    .stream().filter(record -> record.scheduledAt() > up + 1).count() >= 5);
            // Recorded RUNNING when claimed, half a second ahead: those of a second ago are finished.
            long ended = Instant.now().getEpochSecond() - 1;

            assertThat(skippedForTheClaim(node, schema)).as("the outage's firings, each skipped within its second")
                    .allSatisfy(record -> assertThat(record.finishedAt())
                            .isBefore(Instant.ofEpochSecond(record.scheduledAt() + 2)));
            assertThat(history(node, schema).stream()
                    .filter(record -> record.scheduledAt() > up + 1 && record.scheduledAt() <= ended))
                    .as("firings after MySQL is back").isNotEmpty().allSatisfy(record -> {
                        assertThat(record.status()).isEqualTo(ExecutionStatus.SUCCESS);
                        assertThat(record.startedAt()).isBefore(Instant.ofEpochSecond(record.scheduledAt() + 1));
                    });
            assertThat(history(node, schema).stream().filter(record -> record.scheduledAt() > down + 1
                    && record.scheduledAt() < up - 1)).as("firings of the outage").isNotEmpty()
                    .allSatisfy(record -> assertThat(record.status()).isEqualTo(ExecutionStatus.SKIPPED));
        }
    }

    /** A pool to the shared MariaDB through {@code gate}. */
    private static TargetDataSource throughGate(TcpGate gate, Duration borrowTimeout, int connections) {
        TargetConfig direct = SharedMariaDb.server().targetConfig();
        String url = direct.jdbcUrl().replace(":" + SharedMariaDb.server().port(), ":" + gate.port());
        return new TargetDataSource(new TargetConfig(url, direct.user(), direct.password(), connections,
                borrowTimeout));
    }

    /** The instants of the event's history records, in order. */
    private static List<Long> scheduled(ClusterNode node, String schema, String name) {
        return history(node, schema).stream().filter(record -> record.event().equals(name))
                .map(ExecutionRecord::scheduledAt).sorted().toList();
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
