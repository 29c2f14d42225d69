package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Events firing every second on a 3-member cluster while members leave and join. */
class ClusterFiringTest {
    private static final int EVENTS = 6;

    @Test
    void everyFiringRunsExactlyOnceWhileAMemberLeavesAndAnotherJoins() {
        String schema = SharedMariaDb.freshSchema("firing");
        try (TestCluster cluster = new TestCluster(3, SharedMariaDb.freshSchema("firing_meta"))) {
            List<ClusterNode> nodes = cluster.startAll();
            Fired fired = new Fired(schema, cluster.metadataSchema());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < EVENTS; i++) {
                String name = "e" + i;
                names.add(name);
                EventDefinition event = Events.everySeconds(schema, name, 1, Fired.insertBody(name));
                assertThat(nodes.get(i % 3).catalog().apply(event.key(), Events.create(event)).ok()).isTrue();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> names.stream().allMatch(n -> fired.rows(n) >= 5));

            cluster.stop(nodes.get(1));
            long afterLeave = fired.rows("e0");
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.rows("e0") >= afterLeave + 4);

            int added = cluster.addPort();
            ClusterNode joined = cluster.start(cluster.settings(added));
            await().atMost(Duration.ofSeconds(20)).until(() -> joined.ownedEvents() > 0
                    || fired.rows("e0") >= afterLeave + 10);
            long afterJoin = fired.rows("e0");
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.rows("e0") >= afterJoin + 5);

            for (String name : names) {
                nodes.get(0).catalog().apply(EventKey.of(schema, name), new CatalogCommand.Drop(false, name));
            }
            AtomicLong last = new AtomicLong(-1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                    .until(() -> last.getAndSet(fired.rows("e0")) == fired.rows("e0") && fired.runs("e0", "RUNNING") == 0);
            for (String name : names) {
                fired.assertExactlyOnce(name);
                fired.assertNoMissingSecond(name);
                assertThat(fired.rows(name)).isGreaterThanOrEqualTo(15);
            }
        }
    }
}
