package io.eventd.cluster.testing;

import com.hazelcast.cluster.Address;
import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.EndpointQualifier;
import com.hazelcast.instance.impl.DefaultNodeContext;
import com.hazelcast.instance.impl.HazelcastInstanceFactory;
import com.hazelcast.instance.impl.Node;
import com.hazelcast.internal.server.FirewallingServer;
import com.hazelcast.test.Accessors;
import com.hazelcast.test.TestHazelcastInstanceFactory;

/**
 * Members whose links to one another a test can cut and mend: Hazelcast's own test firewall sits in each member's
 * TCP server (real sockets, real heartbeats), refuses new connections to a blocked address and closes the open
 * ones, so both sides of a cut see the other stop answering, as in a network split.
 */
public final class Firewall {
    private Firewall() {
    }

    /** A member with a firewall in its TCP server ({@link TestCluster#withMembers}). */
    public static HazelcastInstance member(Config config) {
        return HazelcastInstanceFactory.newHazelcastInstance(config, config.getInstanceName(),
                new TestHazelcastInstanceFactory.FirewallingNodeContext(new DefaultNodeContext()));
    }

    /** No packet between {@code a} and {@code b} from now on, either way. */
    public static void cut(HazelcastInstance a, HazelcastInstance b) {
        Node nodeA = Accessors.getNode(a);
        Node nodeB = Accessors.getNode(b);
        connections(nodeA).blockNewConnection(nodeB.getThisAddress());
        connections(nodeB).blockNewConnection(nodeA.getThisAddress());
        connections(nodeA).closeActiveConnection(nodeB.getThisAddress());
        connections(nodeB).closeActiveConnection(nodeA.getThisAddress());
    }

    /** {@code a} and {@code b} may connect again (and join each other's cluster: the split-brain merge). */
    public static void mend(HazelcastInstance a, HazelcastInstance b) {
        Node nodeA = Accessors.getNode(a);
        Node nodeB = Accessors.getNode(b);
        Address addressA = nodeA.getThisAddress();
        Address addressB = nodeB.getThisAddress();
        connections(nodeA).unblock(addressB);
        connections(nodeB).unblock(addressA);
        nodeA.getJoiner().unblacklist(addressB);
        nodeB.getJoiner().unblacklist(addressA);
    }

    private static FirewallingServer.FirewallingServerConnectionManager connections(Node node) {
        return (FirewallingServer.FirewallingServerConnectionManager) node.getServer()
                .getConnectionManager(EndpointQualifier.MEMBER);
    }
}
