package io.eventd.cluster.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.core.history.HistoryQuery;
import io.eventd.core.history.RunningExecution;
import io.eventd.core.node.ClusterMember;
import io.eventd.core.node.ClusterView;
import io.eventd.core.node.QuorumState;
import io.eventd.core.node.RunAccepted;
import io.eventd.core.node.RunNowRequest;
import io.eventd.core.node.SchedulerState;
import io.eventd.core.schedule.Schedule;
import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import java.util.Set;
import io.eventd.core.event.Privilege;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.catalog.Privileges;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The node port on a 2-member cluster: members and leaders, next firing, run-now, running bodies, readiness. */
class ClusterNodeInfoTest {
    private static String schema;
    private static Fired fired;

    @BeforeAll
    static void targetSchema() {
        schema = SharedMariaDb.freshSchema("front_target");
        fired = new Fired(schema, FrontCluster.metadataSchema());
    }

    /** The events' definer exists with EVENT, or its runs are SKIPPED (other tests of the shared cluster reset accounts). */
    @BeforeEach
    void definerHoldsEvent() {
        Account definer = Events.DEFINER;
        FrontCluster.door(0).accounts().create(new StoredAccount(definer, "unused", Privileges.NONE));
        FrontCluster.door(0).accounts().grant(definer, Set.of(Privilege.EVENT), schema);
    }

    private static EventDefinition created(EventDefinition event) {
        assertThat(FrontCluster.node(0).catalog().apply(event.key(), Events.create(event)).ok()).isTrue();
        return event;
    }

    /** A dormant event (first due in a day) whose body is {@code body}. */
    private static EventDefinition dormant(String name, String body) {
        EventDefinition e = Events.dormant(schema, name);
        return created(new EventDefinition(schema, name, e.definer(), e.timeZone(), body, e.sqlMode(), e.schedule(),
                e.onCompletion(), e.status(), e.comment(), e.created(), e.lastAltered(), null, 1,
                e.characterSetClient(), e.collationConnection(), e.databaseCollation()));
    }

    private static ClusterNodeInfo info(int index) {
        return FrontCluster.door(index).nodeInfo();
    }

    private static int indexOf(String nodeName) {
        return info(0).nodeName().equals(nodeName) ? 0 : 1;
    }

    @Test
    void membersLeadersAndQuorumAsEveryNodeSeesThem() {
        EventKey key = created(Events.dormant(schema, "led")).key();
        String leader = info(0).leaderOf(key).orElseThrow();
        assertThat(info(1).leaderOf(key)).contains(leader);
        ClusterView view = info(1).cluster();
        assertThat(view.members()).extracting(ClusterMember::name).containsExactly("node0", "node1");
        assertThat(view.members()).extracting(ClusterMember::local).containsExactly(false, true);
        assertThat(view.members().get(indexOf(leader)).leads()).contains(key);
        assertThat(view.members().get(1 - indexOf(leader)).leads()).doesNotContain(key);
        assertThat(view.members()).allMatch(m -> m.address().startsWith("127.0.0.1:"));
        assertThat(view.scheduler()).isEqualTo(SchedulerState.ON);
        assertThat(view.quorum()).isEqualTo(new QuorumState(true, 2, 2));
    }

    @Test
    void nextFireIsTheOwnersNextFiring() {
        EventDefinition event = created(Events.dormant(schema, "later"));
        long starts = ((Schedule.Recurring) event.schedule()).starts();
        assertThat(info(0).nextFire(event.key())).contains(starts);
        assertThat(info(1).nextFire(event.key())).contains(starts);
        assertThat(info(1).nextFire(EventKey.of(schema, "missing"))).isEmpty();
    }

    @Test
    void anEventRunsWhereLeaderOfSaysItLeads() {
        EventDefinition event = created(Events.everySeconds(schema, "ticks", 1, Fired.insertBody("ticks")));
        String leader = info(1).leaderOf(event.key()).orElseThrow();
        await().atMost(Duration.ofSeconds(15)).until(() -> fired.rows("ticks") >= 2);
        FrontCluster.node(0).catalog().apply(event.key(), new CatalogCommand.Drop(false, "ticks"));
        List<ExecutionRecord> runs = FrontCluster.door(0).history()
                .query(HistoryQuery.latest(10).forEvent(schema, "ticks"));
        assertThat(runs).isNotEmpty().allMatch(r -> r.node().equals(leader));
    }

    @Test
    void runNowOnANonLeaderRunsTheBodyOnceOnTheLeader() {
        EventDefinition once = dormant("now", Fired.insertBody("now"));
        String leader = info(0).leaderOf(once.key()).orElseThrow();
        ClusterNodeInfo other = info(1 - indexOf(leader));
        long now = Instant.now().getEpochSecond();

        RunAccepted accepted = other.runNow(new RunNowRequest(once.key(), new Account("root", "%"), now));

        assertThat(accepted).isEqualTo(new RunAccepted(once.key(), leader));
        HistoryQuery succeeded = HistoryQuery.latest(10).forEvent(schema, "now").withStatus(ExecutionStatus.SUCCESS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !FrontCluster.door(0).history().query(succeeded).isEmpty());
        assertThat(FrontCluster.door(1).history().query(HistoryQuery.latest(10).forEvent(schema, "now")))
                .singleElement().satisfies(run -> {
                    assertThat(run.node()).isEqualTo(leader);
                    assertThat(run.scheduledAt()).isEqualTo(now);
                    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
                });
        assertThat(fired.rows("now")).isEqualTo(1);
    }

    @Test
    void aRunningBodyIsListedWithItsNodeAndDefinerUntilItEnds() {
        EventDefinition slow = dormant("slow", "DO SLEEP(2)");
        long now = Instant.now().getEpochSecond();
        String leader = info(0).runNow(new RunNowRequest(slow.key(), new Account("root", "%"), now)).node();

        await().atMost(Duration.ofSeconds(5)).until(() -> !runsOf("slow", 1).isEmpty());
        RunningExecution run = runsOf("slow", 1).get(0);
        assertThat(run).isEqualTo(new RunningExecution(run.id(), leader, schema, "slow", slow.definer(),
                run.started(), now));
        await().atMost(Duration.ofSeconds(10)).until(() -> runsOf("slow", 0).isEmpty());
    }

    private static List<RunningExecution> runsOf(String event, int door) {
        return FrontCluster.door(door).running().list().stream().filter(r -> r.event().equals(event)).toList();
    }

    @Test
    void readinessFollowsTheMetadataStore() {
        TargetDataSource store = new TargetDataSource(SharedMariaDb.server().targetConfig());
        ClusterNodeInfo probe = new ClusterNodeInfo(FrontCluster.node(0), store.dataSource());
        assertThat(probe.readiness().isReady()).isTrue();
        store.close();
        assertThat(probe.readiness().failing()).containsExactly("metadataStoreReachable");
    }
}
