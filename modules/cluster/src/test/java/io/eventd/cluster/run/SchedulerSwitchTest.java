package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code SET GLOBAL event_scheduler}: cluster-wide, persisted, and turned back ON without catch-up (rule 8). */
class SchedulerSwitchTest {
    private static final int EVENTS = 6;
    private static final int CREATED_WHILE_OFF = 300;

    @Test
    void offStopsEveryMemberSurvivesAFullRestartAndOnResumesWithoutCatchUp() {
        String schema = SharedMariaDb.freshSchema("switch");
        String metadata = SharedMariaDb.freshSchema("switch_meta");
        List<String> names = new ArrayList<>();
        Fired fired;
        long offSeen;
        try (TestCluster cluster = new TestCluster(3, metadata)) {
            List<ClusterNode> nodes = cluster.startAll();
            fired = new Fired(schema, metadata);
            for (int i = 0; i < EVENTS; i++) {
                String name = "e" + i;
                names.add(name);
                EventDefinition event = Events.everySeconds(schema, name, 1, Fired.insertBody(name));
                assertThat(nodes.get(i % 3).catalog().apply(event.key(), Events.create(event)).error()).isNull();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> names.stream().allMatch(n -> fired.rows(n) >= 2));

            nodes.get(1).scheduler().turn(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> nodes.stream().noneMatch(n -> n.scheduler().isOn()));
            // A firing claimed before OFF arrived (at most FiringPipeline.AHEAD before its instant) still runs.
            offSeen = Instant.now().plus(FiringPipeline.AHEAD).getEpochSecond();
            assertNothingScheduledAfter(fired, names, offSeen);
        }
        assertThat(SharedMariaDb.longs("SELECT COUNT(*) FROM `" + metadata + "`.settings"
                + " WHERE name = 'event_scheduler' AND value = 'OFF'")).containsExactly(1L);

        try (TestCluster restarted = new TestCluster(2, metadata)) {
            List<ClusterNode> nodes = restarted.startAll();
            assertThat(nodes).noneMatch(n -> n.scheduler().isOn());
            assertNothingScheduledAfter(fired, names, offSeen);

            long onAt = Instant.now().getEpochSecond();
            nodes.get(0).scheduler().turn(true);
            await().atMost(Duration.ofSeconds(10)).until(() -> nodes.stream().allMatch(n -> n.scheduler().isOn()));
            await().atMost(Duration.ofSeconds(20)).until(() -> names.stream()
                    .allMatch(n -> fired.scheduled(n).stream().filter(at -> at > onAt).count() >= 3));
            for (String name : names) {
                assertThat(fired.scheduled(name)).as("firings of %s while OFF or caught up after ON", name)
                        .noneMatch(at -> at > offSeen && at <= onAt);
                assertThat(fired.scheduled(name).stream().filter(at -> at > onAt).findFirst()).as("resumed %s", name)
                        .hasValueSatisfying(first -> assertThat(first).isLessThanOrEqualTo(onAt + 3));
            }
            nodes.get(0).scheduler().turn(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> names.stream()
                    .allMatch(n -> fired.runs(n, "RUNNING") == 0));
            for (String name : names) {
                fired.assertExactlyOnce(name);
            }
        }
    }

    /** Events created while OFF (their STARTS passing meanwhile) all start firing when the scheduler is turned ON. */
    @Test
    void eventsCreatedWhileOffAllFireOnceTurnedOn() {
        String schema = SharedMariaDb.freshSchema("created_off");
        String metadata = SharedMariaDb.freshSchema("created_off_meta");
        try (TestCluster cluster = new TestCluster(3, metadata)) {
            List<ClusterNode> nodes = cluster.startAll();
            nodes.get(0).scheduler().turn(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> nodes.stream().noneMatch(n -> n.scheduler().isOn()));
            for (int i = 0; i < CREATED_WHILE_OFF; i++) {
                EventDefinition event = Events.everySeconds(schema, "c" + i, 1, "DO 1");
                assertThat(nodes.get(i % 3).catalog().apply(event.key(), Events.create(event)).error()).isNull();
            }
            long onAt = Instant.now().getEpochSecond();
            nodes.get(1).scheduler().turn(true);
            await().atMost(Duration.ofSeconds(30)).until(() -> SharedMariaDb.longs("SELECT COUNT(DISTINCT event_name)"
                    + " FROM `" + metadata + "`.history WHERE schema_name = '" + schema + "' AND status = 'SUCCESS'"
                    + " AND scheduled_at > " + onAt).get(0) == CREATED_WHILE_OFF);
        }
    }

    /** MySQL disables or drops an event whose schedule ended only when its scheduler runs, never while OFF. */
    @Test
    void anEventWhoseScheduleEndedWhileOffIsDroppedOnlyOnceTurnedOn() {
        String schema = SharedMariaDb.freshSchema("ended_off");
        try (TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("ended_off_meta"))) {
            ClusterNode node = cluster.startAll().get(0);
            node.scheduler().turn(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> !node.scheduler().isOn());
            EventDefinition ended = Events.endedWhileOff(schema, "ended");
            assertThat(node.catalog().apply(ended.key(), Events.create(ended)).error()).isNull();

            await("kept while OFF").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> node.catalog().find(ended.key()).map(EventDefinition::status)
                            .filter(EventStatus.ENABLED::equals).isPresent());
            node.scheduler().turn(true);
            await("dropped once ON").atMost(Duration.ofSeconds(10))
                    .until(() -> node.catalog().find(ended.key()).isEmpty());
        }
    }

    /** For three seconds, while bodies before OFF end, no event fires at an instant after {@code offSeen}. */
    private static void assertNothingScheduledAfter(Fired fired, List<String> names, long offSeen) {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> names.stream()
                .allMatch(n -> fired.scheduled(n).stream().noneMatch(at -> at > offSeen)));
    }
}
