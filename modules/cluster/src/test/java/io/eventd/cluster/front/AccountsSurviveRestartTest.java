package io.eventd.cluster.front;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Accounts and grants are written through to MySQL and loaded again when the whole cluster restarts. */
class AccountsSurviveRestartTest {
    private static final Account APP = new Account("app", "%");
    private static final Account GONE = new Account("gone", "localhost");

    @Test
    void accountsAndGrantsComeBackAfterAFullRestart() {
        String metadata = SharedMariaDb.freshSchema("accounts_meta");
        try (TestCluster cluster = new TestCluster(1, metadata)) {
            ClusterNode node = cluster.start(renamed(cluster.settings(0)));
            try (ClusterFrontDoor door = ClusterFrontDoor.create(node)) {
                ClusterAccountStore accounts = door.accounts();
                accounts.create(new StoredAccount(APP, "h1", Privileges.NONE));
                accounts.create(new StoredAccount(GONE, "h2", Privileges.NONE));
                accounts.grant(APP, Set.of(Privilege.EVENT), "sales");
                accounts.grant(APP, Set.of(Privilege.SUPER), null);
                accounts.setPasswordHash(APP, "h3");
                accounts.drop(GONE);
            }
        }
        try (TestCluster cluster = new TestCluster(1, metadata)) {
            ClusterNode node = cluster.start(renamed(cluster.settings(0)));
            try (ClusterFrontDoor door = ClusterFrontDoor.create(node)) {
                assertThat(door.accounts().list()).containsExactly(new StoredAccount(APP, "h3",
                        new Privileges(Set.of(Privilege.SUPER), new TreeSet<>(Set.of("sales")))));
            }
        }
    }

    /** Another name than the shared front cluster's members (instance names are unique in a JVM). */
    private static ClusterSettings renamed(ClusterSettings s) {
        return new ClusterSettings(s.clusterName(), "restarted", s.port(), s.members(), s.discovery(), s.serviceDns(),
                s.heartbeat(), s.maxNoHeartbeat(), s.expectedMembers(), s.splitBrainMinimum(), s.bodyTimeout(),
                s.runThreads(), s.historyInMemory(), s.abandonedPolicy());
    }
}
