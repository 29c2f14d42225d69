package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.MemberMain;
import io.eventd.cluster.testing.Owners;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A member in its own JVM killed with SIGKILL: its events resume on the survivors, its cut-off run is ABANDONED. */
class KilledMemberTest {
    private static final int EVENTS_EACH = 3;
    private static final int CHILD = 2;

    @Test
    void eventsOfAKilledMemberResumeWithinSecondsAndItsCutOffRunIsAbandoned() throws Exception {
        String schema = SharedMariaDb.freshSchema("killed");
        try (TestCluster cluster = new TestCluster(3, SharedMariaDb.freshSchema("killed_meta"))) {
            Process child = startChild(cluster);
            try {
                // Together: the two reach the split-brain minimum whenever the child joins.
                List<ClusterNode> nodes = cluster.startTogether(0, 1);
                HazelcastInstance survivor = nodes.get(0).hazelcast();
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    assertThat(child.isAlive()).as("the child member (see target/killed-member-child.log)").isTrue();
                    return survivor.getCluster().getMembers().size() == 3
                            && survivor.getPartitionService().isClusterSafe();
                });
                Fired fired = new Fired(schema, cluster.metadataSchema());
                List<String> childEvents = Owners.names(survivor, schema, "child", cluster.port(CHILD), true, EVENTS_EACH);
                List<String> names = new ArrayList<>(childEvents);
                names.addAll(Owners.names(survivor, schema, "kept", cluster.port(CHILD), false, EVENTS_EACH));
                for (String name : names) {
                    // Each run takes 2.5 s, so a run is going on at any instant and later firings are SKIPPED.
                    EventDefinition event = Events.everySeconds(schema, name, 1,
                            "INSERT INTO fired (ev, at) SELECT '" + name + "', NOW(6) FROM DUAL WHERE SLEEP(2.5) = 0");
                    assertThat(nodes.get(0).catalog().apply(event.key(), Events.create(event)).error()).isNull();
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> childRuns(cluster, schema) > 0);

                child.destroyForcibly().waitFor();
                Instant killed = Instant.now();

                await().atMost(Duration.ofSeconds(15)).until(() -> abandoned(cluster, schema) > 0);
                // History is written behind: the child's last records reach MySQL from their promoted backups.
                await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                        eventsRunBy(cluster, schema, names, "child")).containsExactlyInAnyOrderElementsOf(childEvents));
                await().atMost(Duration.ofSeconds(15)).until(() -> childEvents.stream().allMatch(e ->
                        startedOnSurvivorSince(cluster, schema, e, killed)));
                Duration gap = Duration.between(killed, Instant.now());
                assertThat(gap).isLessThan(Duration.ofSeconds(15));
                for (String name : names) {
                    nodes.get(0).catalog().apply(EventKey.of(schema, name), new CatalogCommand.Drop(false, name));
                }
                await().atMost(Duration.ofSeconds(20)).until(() -> names.stream()
                        .allMatch(n -> fired.runs(n, "RUNNING") == 0));
                for (String name : names) {
                    fired.assertExactlyOnce(name);
                }
            } finally {
                child.destroyForcibly().waitFor();
            }
        }
    }

    private static Process startChild(TestCluster cluster) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MemberMain.class.getName(), cluster.name(), "child", Integer.toString(cluster.port(CHILD)),
                String.join(",", cluster.memberList()), cluster.metadataSchema(), SharedMariaDb.server().jdbcUrl(),
                SharedMariaDb.server().user());
        builder.redirectErrorStream(true);
        // The child's log, for a failing run; the file also keeps its output pipe from filling up.
        builder.redirectOutput(Path.of("target", "killed-member-child.log").toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((SharedMariaDb.server().password().reveal() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }

    private static long childRuns(TestCluster cluster, String schema) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.history WHERE schema_name = '"
                + schema + "' AND node = 'child' AND status = 'RUNNING'").get(0);
    }

    private static long abandoned(TestCluster cluster, String schema) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.history WHERE schema_name = '"
                + schema + "' AND node = 'child' AND status = 'ABANDONED'").get(0);
    }

    private static List<String> eventsRunBy(TestCluster cluster, String schema, List<String> names, String node) {
        return names.stream().filter(name -> SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema()
                + "`.history WHERE schema_name = '" + schema + "' AND event_name = '" + name + "' AND node = '" + node
                + "'").get(0) > 0).toList();
    }

    private static boolean startedOnSurvivorSince(TestCluster cluster, String schema, String event, Instant since) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.history WHERE schema_name = '"
                + schema + "' AND event_name = '" + event + "' AND node <> 'child' AND status <> 'SKIPPED'"
                + " AND scheduled_at > " + since.getEpochSecond()).get(0) > 0;
    }
}
