package io.eventd.cluster.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.Events;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The catalog across members: racing DDL, concurrent DDL from several members, a full-cluster restart. */
class ClusterCatalogTest {

    @Test
    void twoMembersRacingCreateGiveOneSuccessAndOne1537() throws Exception {
        String schema = SharedMariaDb.freshSchema("race");
        try (TestCluster cluster = new TestCluster(2, schema)) {
            List<ClusterNode> nodes = cluster.startAll();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    EventDefinition event = Events.dormant(schema, "e" + round);
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<CatalogDecision>> results = new ArrayList<>();
                    for (ClusterNode node : nodes) {
                        Callable<CatalogDecision> create = () -> {
                            go.await();
                            return node.catalog().apply(event.key(), Events.create(event));
                        };
                        results.add(pool.submit(create));
                    }
                    go.countDown();
                    List<SqlError> errors = new ArrayList<>();
                    for (Future<CatalogDecision> result : results) {
                        CatalogDecision decision = result.get();
                        if (!decision.ok()) {
                            errors.add(decision.error());
                        }
                    }
                    assertThat(errors).containsExactly(
                            new SqlError(1537, "HY000", "Event 'e" + round + "' already exists"));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentDdlFromThreeMembersIsWrittenThroughAndSurvivesAFullRestart() throws Exception {
        String schema = SharedMariaDb.freshSchema("restart");
        List<EventDefinition> expected;
        try (TestCluster cluster = new TestCluster(3, schema)) {
            List<ClusterNode> nodes = cluster.startAll();
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int m = 0; m < 3; m++) {
                    ClusterNode node = nodes.get(m);
                    int member = m;
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            EventDefinition event = Events.dormant(schema, "m" + member + "_" + i);
                            assertThat(node.catalog().apply(event.key(), Events.create(event)).error())
                                    .as("CREATE EVENT %s", event.key()).isNull();
                        }
                        EventKey dropped = EventKey.of(schema, "m" + member + "_0");
                        assertThat(node.catalog().apply(dropped,
                                new CatalogCommand.Drop(false, "m" + member + "_0")).error())
                                .as("DROP EVENT %s", dropped).isNull();
                    }));
                }
                for (Future<?> each : work) {
                    each.get();
                }
            } finally {
                pool.shutdownNow();
            }
            expected = nodes.get(0).catalog().list();
            assertThat(expected).hasSize(27);
            assertThat(nodes.get(2).catalog().list()).isEqualTo(expected);
        }
        try (TestCluster restarted = new TestCluster(2, schema)) {
            List<ClusterNode> nodes = restarted.startAll();
            assertThat(nodes.get(1).catalog().list()).isEqualTo(expected);
        }
    }
}
