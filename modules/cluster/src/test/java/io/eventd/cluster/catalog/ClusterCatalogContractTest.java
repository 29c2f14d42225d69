package io.eventd.cluster.catalog;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import io.eventd.core.catalog.Catalog;
import io.eventd.core.catalog.CatalogContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Core's catalog contract against the Hazelcast catalog of a 3-member cluster, each test on another member. */
class ClusterCatalogContractTest extends CatalogContract {
    private static TestCluster cluster;
    private static List<ClusterNode> nodes;
    private static int next;

    @BeforeAll
    static void startCluster() {
        cluster = new TestCluster(3, SharedMariaDb.freshSchema("contract"));
        nodes = cluster.startAll();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Override
    protected Catalog emptyCatalog() {
        ClusterNode node = nodes.get(next++ % nodes.size());
        node.hazelcast().getMap(ClusterMaps.CATALOG).clear();
        return node.catalog();
    }
}
