package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole cluster stopped and started again with event_scheduler ON: as MySQL after a restart (mysql-events.md
 * 2.3 rule 8), no firing missed while no member was up is run; each event resumes on its grid after the start.
 */
class FullRestartTest {
    private static final List<String> EVENTS = List.of("e0", "e1", "e2", "e3");

    @Test
    void firingsMissedWhileTheWholeClusterWasDownAreNotCaughtUp() {
        String schema = SharedMariaDb.freshSchema("restart");
        String metadata = SharedMariaDb.freshSchema("restart_meta");
        Fired fired;
        try (TestCluster cluster = new TestCluster(2, metadata)) {
            List<ClusterNode> nodes = cluster.startAll();
            fired = new Fired(schema, metadata);
            for (String name : EVENTS) {
                EventDefinition event = Events.everySeconds(schema, name, 1, Fired.insertBody(name));
                assertThat(nodes.get(0).catalog().apply(event.key(), Events.create(event)).error()).isNull();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> EVENTS.stream().allMatch(n -> fired.rows(n) >= 2));
        }
        long down = Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().getEpochSecond() >= down + 2);

        long restarting = Instant.now().getEpochSecond();
        try (TestCluster restarted = new TestCluster(2, metadata)) {
            restarted.startAll();
            await().atMost(Duration.ofSeconds(20)).until(() -> EVENTS.stream()
                    .allMatch(n -> fired.scheduled(n).stream().filter(at -> at > restarting).count() >= 3));
            for (String name : EVENTS) {
                assertThat(fired.scheduled(name)).as("firings of %s missed while the cluster was down", name)
                        .noneMatch(at -> at > down && at < restarting);
            }
            // The events go on firing: each has a run claimed or going on (RUNNING) at almost any instant.
            EVENTS.forEach(fired::assertExactlyOnce);
        }
    }
}
