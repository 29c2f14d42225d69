package io.eventd.cluster.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.Fired;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What happens after a one-time event's run (through the catalog), and statuses that never fire. */
class CompletionAndStatusTest {
    private static TestCluster cluster;
    private static List<ClusterNode> nodes;

    @BeforeAll
    static void startCluster() {
        cluster = new TestCluster(2, SharedMariaDb.freshSchema("lifecycle_meta"));
        nodes = cluster.startAll();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void afterItsOnlyRunAOneTimeEventIsDroppedOrWithPreserveDisabled() {
        String schema = SharedMariaDb.freshSchema("completion");
        Fired fired = new Fired(schema, cluster.metadataSchema());
        long at = Instant.now().getEpochSecond() + 1;
        EventDefinition dropped = Events.once(schema, "dropped", at, OnCompletion.NOT_PRESERVE,
                Fired.insertBody("dropped"));
        EventDefinition kept = Events.once(schema, "kept", at, OnCompletion.PRESERVE, Fired.insertBody("kept"));
        assertThat(nodes.get(0).catalog().apply(dropped.key(), Events.create(dropped)).error()).isNull();
        assertThat(nodes.get(1).catalog().apply(kept.key(), Events.create(kept)).error()).isNull();

        await().atMost(Duration.ofSeconds(20)).until(() -> nodes.get(1).catalog().find(dropped.key()).isEmpty()
                && nodes.get(0).catalog().find(kept.key()).map(e -> e.status() == EventStatus.DISABLED)
                .orElse(false));

        assertThat(nodes.get(0).catalog().find(kept.key())).get()
                .satisfies(e -> assertThat(e.lastExecuted()).isEqualTo(at))
                .isEqualTo(kept.withStatus(EventStatus.DISABLED).withLastExecuted(at));
        assertThat(stored(dropped.key())).isEmpty();
        assertThat(stored(kept.key())).containsExactly("DISABLED");
        for (String name : List.of("dropped", "kept")) {
            Fired.eventually(() -> {
                assertThat(fired.scheduled(name)).as("firings of %s", name).containsExactly(at);
                assertThat(fired.runs(name, "SUCCESS")).isOne();
            });
            fired.assertExactlyOnce(name);
        }
    }

    @Test
    void disabledAndReplicaSideDisabledEventsNeverFireWhileAnEnabledOneDoes() {
        String schema = SharedMariaDb.freshSchema("status");
        Fired fired = new Fired(schema, cluster.metadataSchema());
        List<String> silent = List.of("disabled", "replica");
        create(Events.everySeconds(schema, "disabled", 1, Fired.insertBody("disabled"))
                .withStatus(EventStatus.DISABLED));
        create(Events.everySeconds(schema, "replica", 1, Fired.insertBody("replica"))
                .withStatus(EventStatus.SLAVESIDE_DISABLED));
        long from = Instant.now().getEpochSecond();
        create(Events.everySeconds(schema, "enabled", 1, Fired.insertBody("enabled")));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> silent.stream()
                .allMatch(n -> fired.scheduled(n).isEmpty() && fired.rows(n) == 0 && fired.claims(n) == 0));
        await().atMost(Duration.ofSeconds(10)).until(() -> fired.scheduled("enabled").stream()
                .filter(at -> at >= from).count() >= 3);
        for (String name : silent) {
            assertThat(fired.scheduled(name)).as("firings of %s", name).isEmpty();
        }
    }

    private static void create(EventDefinition event) {
        assertThat(nodes.get(0).catalog().apply(event.key(), Events.create(event)).error()).isNull();
    }

    /** The status stored in MySQL for the event, if it is stored. */
    private static List<String> stored(EventKey key) {
        List<String> statuses = new java.util.ArrayList<>();
        try (var connection = SharedMariaDb.pool().connection();
             var select = connection.prepareStatement("SELECT status FROM `" + cluster.metadataSchema()
                     + "`.events WHERE schema_name = ? AND name_folded = ?")) {
            select.setString(1, key.schema());
            select.setString(2, key.foldedName());
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    statuses.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return statuses;
    }
}
