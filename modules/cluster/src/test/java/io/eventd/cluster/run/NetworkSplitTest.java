package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.Firewall;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A network split: one member of three cut off from the two others (Hazelcast's test firewall in each member's TCP
 * server: real sockets, real heartbeats) while all three still reach MySQL. The two keep firing every event; the one
 * alone claims and runs nothing once it knows it is alone; when the links are mended it merges back and takes its
 * share again; no firing is claimed or run twice, and no second is missed outside the failure-detection window,
 * the only time two runs of one event may overlap.
 */
class NetworkSplitTest {
    private static final int EVENTS = 12;
    private static final int OWNED_BY_THE_ONE_CUT_OFF = 4;
    /** max-no-heartbeat 5 s + heartbeat 1 s + the hand-over of the cut member's partitions. */
    private static final long DETECTION_SECONDS = 8;

    @Test
    void theMinorityOfASplitFiresNothingTheMajorityFiresEverythingAndNoFiringRunsTwice() {
        String schema = SharedMariaDb.freshSchema("split");
        try (TestCluster cluster = new TestCluster(3, SharedMariaDb.freshSchema("split_meta"))
                .withMembers(Firewall::member)) {
            List<ClusterNode> nodes = cluster.startAll();
            HazelcastInstance alone = nodes.get(0).hazelcast();
            List<HazelcastInstance> majority = List.of(nodes.get(1).hazelcast(), nodes.get(2).hazelcast());
            await().atMost(Duration.ofSeconds(60)).until(() -> alone.getPartitionService().isClusterSafe());
            Fired fired = new Fired(schema, cluster.metadataSchema());
            List<String> twelve = names(alone, schema, "e", OWNED_BY_THE_ONE_CUT_OFF,
                    EVENTS - OWNED_BY_THE_ONE_CUT_OFF);
            twelve.forEach(name -> create(nodes.get(0), schema, name));
            List<String> names = new ArrayList<>(twelve);
            fired.awaitEachFiredSince(names, nowSecond(), 2);
            await("the member to be cut off schedules its events").atMost(Duration.ofSeconds(10))
                    .until(() -> nodes.get(0).ownedEvents() == OWNED_BY_THE_ONE_CUT_OFF);

            long cutAt = nowSecond();
            majority.forEach(other -> Firewall.cut(alone, other));
            await("both sides see the split").atMost(Duration.ofSeconds(30)).until(() ->
                    alone.getCluster().getMembers().size() == 1
                            && majority.stream().allMatch(m -> m.getCluster().getMembers().size() == 2));
            long aloneSinceMillis = System.currentTimeMillis();
            long split = aloneSinceMillis / 1000;
            await("nothing claimed by the member alone").during(Duration.ofSeconds(8))
                    .atMost(Duration.ofSeconds(12)).until(() -> claimsBy(cluster, schema, "node0",
                            aloneSinceMillis) == 0);
            fired.awaitEachFiredSince(names, nowSecond(), 3);

            long mendedAt = nowSecond();
            majority.forEach(other -> Firewall.mend(alone, other));
            await("the member alone merges back").atMost(Duration.ofSeconds(90)).until(() ->
                    alone.getCluster().getMembers().size() == 3
                            && majority.stream().allMatch(m -> m.getCluster().getMembers().size() == 3)
                            && alone.getPartitionService().isClusterSafe());
            // The merge deals the partitions anew: member 0's share may hold none of the twelve, never the one added.
            String added = names(alone, schema, "m", 1, 0).get(0);
            create(nodes.get(1), schema, added);
            names.add(added);
            await("the merged member schedules its share again").atMost(Duration.ofSeconds(30))
                    .until(() -> nodes.get(0).ownedEvents() == names.stream().filter(name -> owns(alone, schema,
                            name)).count());
            long mergedAt = nowSecond();
            fired.awaitEachFiredSince(names, mergedAt, 3);
            await("the merged member runs bodies again").atMost(Duration.ofSeconds(20))
                    .until(() -> runsBy(cluster, schema, "node0", mergedAt) > 0);

            for (String name : names) {
                nodes.get(1).catalog().apply(EventKey.of(schema, name), new CatalogCommand.Drop(false, name));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> names.stream()
                    .allMatch(n -> fired.runs(n, "RUNNING") == 0));
            // Written behind: member 0's records reach MySQL once it is back in a majority.
            assertThat(runsBy(cluster, schema, "node0", split + 2) - runsBy(cluster, schema, "node0", mendedAt))
                    .as("runs of the member alone while it was alone").isZero();
            for (String name : names) {
                fired.assertEachFiringOnce(name);
                fired.assertNoMissingSecondOutside(name, cutAt - 1, split + DETECTION_SECONDS);
                // Until member 0 sees the split, it still fires the events it owns while the two others, which
                // declared it gone, may catch up their missed firings: two runs of one event (never of one firing)
                // can overlap then, and only then.
                assertThat(fired.overlappingRuns(name)).as("overlapping runs of %s", name).allSatisfy(pair ->
                        assertThat(Long.parseLong(pair.substring(0, pair.indexOf(','))))
                                .isBetween(cutAt - 1, split + DETECTION_SECONDS));
            }
        }
    }

    /** Event names, {@code owned} of them in partitions {@code member} owns, {@code others} not. */
    private static List<String> names(HazelcastInstance member, String schema, String prefix, int owned,
                                      int others) {
        // A thousand candidates: each is in the member's partitions with odds of about a third.
        Map<Boolean, List<String>> byOwner = IntStream.range(0, 1_000).mapToObj(i -> prefix + i)
                .collect(Collectors.partitioningBy(name -> owns(member, schema, name)));
        return Stream.concat(byOwner.get(true).stream().limit(owned), byOwner.get(false).stream().limit(others))
                .toList();
    }

    private static boolean owns(HazelcastInstance member, String schema, String name) {
        Member owner = member.getPartitionService().getPartition(EventKey.of(schema, name)).getOwner();
        return owner != null && owner.localMember();
    }

    private static void create(ClusterNode node, String schema, String name) {
        EventDefinition event = Events.everySeconds(schema, name, 1, Fired.insertBody(name));
        assertThat(node.catalog().apply(event.key(), Events.create(event)).error()).isNull();
    }

    private static long claimsBy(TestCluster cluster, String schema, String node, long sinceMillis) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.claims WHERE schema_name"
                + " = '" + schema + "' AND node = '" + node + "' AND UNIX_TIMESTAMP(claimed_at) * 1000 >= "
                + sinceMillis).get(0);
    }

    /** Runs (not SKIPPED) of firings scheduled at or after {@code from} recorded by {@code node}. */
    private static long runsBy(TestCluster cluster, String schema, String node, long from) {
        return SharedMariaDb.longs("SELECT COUNT(*) FROM `" + cluster.metadataSchema() + "`.history WHERE "
                + "schema_name = '" + schema + "' AND node = '" + node + "' AND status <> 'SKIPPED'"
                + " AND scheduled_at >= " + from).get(0);
    }

    private static long nowSecond() {
        return System.currentTimeMillis() / 1000;
    }
}
