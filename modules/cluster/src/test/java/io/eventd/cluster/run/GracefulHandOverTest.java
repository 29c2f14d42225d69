package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.Owners;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.schedule.Schedule;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A member leaving gracefully while one of its bodies runs for seconds: it stops its timer at once but leaves only
 * once that body ended, so its other events go unfired for longer than a late timer may catch up. The new owners
 * must still run every one of those firings (a hand-over misses nothing), not skip ahead as after a crash.
 */
class GracefulHandOverTest {
    private static final int LONG_BODY_SECONDS = 6;

    @Test
    void firingsDueWhileTheLeavingMemberWaitsForItsLastBodyAllRunOnTheNewOwners() {
        String schema = SharedMariaDb.freshSchema("handover");
        try (TestCluster cluster = new TestCluster(3, SharedMariaDb.freshSchema("handover_meta"))) {
            List<ClusterNode> nodes = cluster.startAll();
            ClusterNode leaving = nodes.get(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> leaving.hazelcast().getPartitionService()
                    .isClusterSafe());
            Fired fired = new Fired(schema, cluster.metadataSchema());
            List<String> onLeaving = Owners.names(leaving.hazelcast(), schema, "e", cluster.port(2), true, 3);
            String slow = onLeaving.get(0);
            List<String> fast = onLeaving.subList(1, onLeaving.size());
            create(nodes.get(0), Events.everySeconds(schema, slow, 3600, "INSERT INTO fired (ev, at) SELECT '" + slow
                    + "', NOW(6) FROM DUAL WHERE SLEEP(" + LONG_BODY_SECONDS + ") = 0"));
            Map<String, Long> starts = new LinkedHashMap<>();
            for (String name : fast) {
                starts.put(name, create(nodes.get(0), Events.everySeconds(schema, name, 1, Fired.insertBody(name))));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs(slow, "RUNNING") == 1
                    && fast.stream().allMatch(n -> fired.rows(n) >= 1));

            Instant leaveStarted = Instant.now();
            cluster.stop(leaving);
            assertThat(Duration.between(leaveStarted, Instant.now())).as("the leaving member waited for its body")
                    .isGreaterThan(Duration.ofSeconds(2));
            long observedUntil = fired.awaitEachFiredSince(fast, Instant.now().getEpochSecond(), 3);

            List<String> all = new ArrayList<>(onLeaving);
            for (String name : all) {
                assertThat(nodes.get(0).catalog().apply(EventKey.of(schema, name),
                        new CatalogCommand.Drop(false, name)).error()).isNull();
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> all.stream()
                    .allMatch(name -> fired.runs(name, "RUNNING") == 0));
            assertThat(fired.runs(slow, "SUCCESS")).isOne();
            starts.forEach((name, first) -> {
                fired.assertEverySecondFrom(name, first, observedUntil);
                fired.assertExactlyOnce(name);
            });
        }
    }

    /** Creates the event; returns its STARTS. */
    private static long create(ClusterNode node, EventDefinition event) {
        assertThat(node.catalog().apply(event.key(), Events.create(event)).error()).isNull();
        return ((Schedule.Recurring) event.schedule()).starts();
    }
}
