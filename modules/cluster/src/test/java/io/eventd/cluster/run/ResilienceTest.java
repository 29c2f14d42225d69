package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.core.event.EventDefinition;
import io.eventd.jdbc.Secret;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A dead target and a minority side. */
class ResilienceTest {

    @Test
    void deadTargetGivesFailedRunsWithTheDriversCodeWhileTheSchedulerKeepsGoing() throws Exception {
        String schema = SharedMariaDb.freshSchema("outage");
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        TargetConfig dead = TargetConfig.of("jdbc:mysql://127.0.0.1:" + deadPort + "/?sslMode=DISABLED", "app",
                Secret.of("nope")).withConnectionTimeout(Duration.ofMillis(500));
        try (TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("outage_meta"));
             TargetDataSource target = new TargetDataSource(dead)) {
            ClusterNode node = cluster.start(cluster.settings(0), target.dataSource());
            Fired fired = new Fired(schema, cluster.metadataSchema());
            EventDefinition event = Events.everySeconds(schema, "e", 1, Fired.insertBody("e"));
            node.catalog().apply(event.key(), Events.create(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "FAILED") >= 4);
            assertThat(SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.history"
                    + " WHERE event_name = 'e' AND status = 'FAILED' AND sql_state <> '08S01'").get(0)).isZero();
            fired.assertNoMissingSecond("e");
        }
    }

    @Test
    void aMemberLeftAloneBelowTheSplitBrainMinimumStopsFiring() {
        String schema = SharedMariaDb.freshSchema("minority");
        try (TestCluster cluster = new TestCluster(2, SharedMariaDb.freshSchema("minority_meta"))) {
            List<ClusterNode> nodes = cluster.startAll();
            Fired fired = new Fired(schema, cluster.metadataSchema());
            EventDefinition event = Events.everySeconds(schema, "e", 1, Fired.insertBody("e"));
            nodes.get(0).catalog().apply(event.key(), Events.create(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.rows("e") >= 3);

            cluster.stop(nodes.get(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> nodes.get(0).hazelcast().getCluster()
                    .getMembers().size() == 1);
            AtomicLong seen = new AtomicLong(-1);
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(15))
                    .until(() -> seen.getAndSet(fired.rows("e")) == fired.rows("e"));
        }
    }
}
