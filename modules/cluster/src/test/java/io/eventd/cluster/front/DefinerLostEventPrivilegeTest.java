package io.eventd.cluster.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.run.EngineMaps;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.Privilege;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** mysql-events.md 2.4: a definer who lost EVENT on the schema makes the run SKIPPED, and runs again once granted. */
class DefinerLostEventPrivilegeTest {

    @Test
    void firingsWhileTheDefinerLacksEventAreSkippedWithTheReasonAndRunAgainOnceGranted() {
        String schema = SharedMariaDb.freshSchema("definer");
        try (TestCluster cluster = new TestCluster(1, SharedMariaDb.freshSchema("definer_meta"))) {
            ClusterNode node = cluster.start(0);
            ClusterFrontDoor door = ClusterFrontDoor.create(node);
            Fired fired = new Fired(schema, cluster.metadataSchema());
            EventDefinition event = Events.everySeconds(schema, "e", 1, Fired.insertBody("e"));
            door.accounts().create(new StoredAccount(event.definer(), "unused", Privileges.NONE));
            door.accounts().grant(event.definer(), Set.of(Privilege.EVENT), schema);
            node.catalog().apply(event.key(), Events.create(event));
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "SUCCESS") >= 2);

            door.accounts().revoke(event.definer(), Set.of(Privilege.EVENT), schema);
            await().atMost(Duration.ofSeconds(20)).until(() -> skipped(node, schema).size() >= 2);
            assertThat(skipped(node, schema)).extracting(ExecutionRecord::reason).containsOnly(
                    "definer 'app'@'localhost' lacks the EVENT privilege on `" + schema + "`");

            door.accounts().grant(event.definer(), Set.of(Privilege.EVENT), schema);
            long successAtGrant = fired.runs("e", "SUCCESS");
            await().atMost(Duration.ofSeconds(20)).until(() -> fired.runs("e", "SUCCESS") >= successAtGrant + 2);
            fired.assertNoMissingSecond("e");
            fired.assertExactlyOnce("e");
            door.close();
        }
    }

    private static List<ExecutionRecord> skipped(ClusterNode node, String schema) {
        return EngineMaps.of(node.hazelcast()).history().values().stream()
                .filter(record -> record.schema().equals(schema) && record.status() == ExecutionStatus.SKIPPED
                        && record.reason().startsWith("definer "))
                .toList();
    }
}
