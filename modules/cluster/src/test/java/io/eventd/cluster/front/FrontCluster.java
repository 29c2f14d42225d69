package io.eventd.cluster.front;

import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.testing.TestCluster;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.util.List;

/**
 * One 2-member cluster with a front door on each member, shared by the front-door tests of this JVM (started on
 * first use, stopped at exit): starting members is the slow part of these tests.
 */
final class FrontCluster {
    private FrontCluster() {
    }

    private static final class Holder {
        static final TestCluster CLUSTER = new TestCluster(2, SharedMariaDb.freshSchema("front_meta"));
        static final List<ClusterNode> NODES = CLUSTER.startAll();
        static final List<ClusterFrontDoor> DOORS = NODES.stream().map(ClusterFrontDoor::create).toList();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                DOORS.forEach(ClusterFrontDoor::close);
                CLUSTER.close();
            }, "stop-front-cluster"));
        }
    }

    static ClusterNode node(int index) {
        return Holder.NODES.get(index);
    }

    static ClusterFrontDoor door(int index) {
        return Holder.DOORS.get(index);
    }

    static String metadataSchema() {
        return Holder.CLUSTER.metadataSchema();
    }
}
