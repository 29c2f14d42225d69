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
import io.eventd.core.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Events firing every second on a 3-member cluster while members leave and join: every second of each event's grid
 * from its STARTS to past the last membership change ran exactly once (history, claims and body rows agree).
 */
class ClusterFiringTest {
    private static final int EVENTS = 9;
    /** Firings each event must have recorded after a membership change before the next step. */
    private static final int FIRINGS_BETWEEN_STEPS = 3;

    @Test
    void everyFiringRunsExactlyOnceWhileAMemberLeavesAndAnotherJoins() {
        String schema = SharedMariaDb.freshSchema("firing");
        try (TestCluster cluster = new TestCluster(3, SharedMariaDb.freshSchema("firing_meta"))) {
            List<ClusterNode> nodes = cluster.startAll();
            Fired fired = new Fired(schema, cluster.metadataSchema());
            Map<String, Long> starts = new LinkedHashMap<>();
            for (int i = 0; i < EVENTS; i++) {
                String name = "e" + i;
                EventDefinition event = Events.everySeconds(schema, name, 1, Fired.insertBody(name));
                starts.put(name, ((Schedule.Recurring) event.schedule()).starts());
                assertThat(nodes.get(i % 3).catalog().apply(event.key(), Events.create(event)).error()).isNull();
            }
            fired.awaitEachFiredSince(starts.keySet(), Instant.now().getEpochSecond(), FIRINGS_BETWEEN_STEPS);

            cluster.stop(nodes.get(1));
            fired.awaitEachFiredSince(starts.keySet(), Instant.now().getEpochSecond(), FIRINGS_BETWEEN_STEPS);

            ClusterNode joined = cluster.start(cluster.settings(cluster.addPort()));
            await().atMost(Duration.ofSeconds(30)).until(() -> joined.hazelcast().getPartitionService()
                    .isClusterSafe());
            long observedUntil = fired.awaitEachFiredSince(starts.keySet(), Instant.now().getEpochSecond(),
                    FIRINGS_BETWEEN_STEPS);

            for (String name : starts.keySet()) {
                assertThat(nodes.get(0).catalog().apply(EventKey.of(schema, name),
                        new CatalogCommand.Drop(false, name)).error()).isNull();
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> starts.keySet().stream()
                    .allMatch(name -> fired.runs(name, "RUNNING") == 0));
            starts.forEach((name, first) -> {
                fired.assertEverySecondFrom(name, first, observedUntil);
                fired.assertExactlyOnce(name);
            });
        }
    }
}
