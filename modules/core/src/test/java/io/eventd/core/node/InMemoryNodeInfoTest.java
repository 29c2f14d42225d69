package io.eventd.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryNodeInfoTest {
    private static final Account ROOT = new Account("root", "%");
    private final InMemoryNodeInfo node = new InMemoryNodeInfo("b", "10.0.0.2:5701");

    @Test
    void membersAreSortedByNameWithTheEventsEachLeads() {
        node.addMember("a", "10.0.0.1:5701");
        node.setLeader(EventKey.of("z", "e"), "a");
        node.setLeader(EventKey.of("test", "y"), "a");
        node.setLeader(EventKey.of("test", "x"), "b");

        assertThat(node.cluster().members()).containsExactly(
                new ClusterMember("a", "10.0.0.1:5701", false, List.of(EventKey.of("test", "y"), EventKey.of("z", "e"))),
                new ClusterMember("b", "10.0.0.2:5701", true, List.of(EventKey.of("test", "x"))));
        assertThat(node.leaderOf(EventKey.of("TEST", "x"))).isEmpty();
        assertThat(node.leaderOf(EventKey.of("test", "X"))).contains("b");
    }

    @Test
    void runNowGoesToTheLeaderOrThisNode() {
        node.setLeader(EventKey.of("test", "e"), "a");
        RunNowRequest led = new RunNowRequest(EventKey.of("test", "e"), ROOT, 10);
        RunNowRequest unled = new RunNowRequest(EventKey.of("test", "f"), ROOT, 11);

        assertThat(node.runNow(led).node()).isEqualTo("a");
        assertThat(node.runNow(unled).node()).isEqualTo("b");
        assertThat(node.runRequests()).containsExactly(led, unled);
    }

    @Test
    void withoutQuorumRunNowIsRefusedWith7907() {
        node.setQuorum(new QuorumState(true, 2, 1));

        assertThatThrownBy(() -> node.runNow(new RunNowRequest(EventKey.of("test", "e"), ROOT, 0)))
                .isInstanceOfSatisfying(SqlException.class, e -> assertThat(e.error().code()).isEqualTo(7907));
        assertThat(node.runRequests()).isEmpty();
    }

    @Test
    void quorumAndReadinessFacts() {
        assertThat(QuorumState.single().present()).isTrue();
        assertThat(new QuorumState(true, 2, 2).present()).isTrue();
        assertThat(new QuorumState(true, 2, 1).present()).isFalse();
        assertThat(new QuorumState(false, 2, 1).present()).isTrue();
        assertThat(Readiness.ready().failing()).isEmpty();
        assertThat(new Readiness(false, true, false).failing()).containsExactly("joined", "metadataStoreReachable");
        assertThat(new Readiness(true, false, true).isReady()).isFalse();
    }

    @Test
    void nextFireIsSetAndCleared() {
        EventKey key = EventKey.of("test", "e");
        node.setNextFire(key, 100L);
        assertThat(node.nextFire(key)).contains(100L);
        node.setNextFire(key, null);
        assertThat(node.nextFire(key)).isEmpty();
    }
}
