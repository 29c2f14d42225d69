package io.eventd.cluster.front;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import io.eventd.cluster.ClusterNode;
import io.eventd.core.event.EventKey;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * Runs an event once on the owner of its catalog partition: sent to that member's executor, it hands the firing
 * (due at {@code scheduledAt}) to the member's {@link ClusterNode#fireNow} and answers with the node name.
 */
final class RunNowTask implements Callable<String>, HazelcastInstanceAware {
    private static final String NODE = ClusterNode.class.getName();

    private final String schema;
    private final String foldedName;
    private final long scheduledAt;
    private transient HazelcastInstance hazelcast;

    RunNowTask(String schema, String foldedName, long scheduledAt) {
        this.schema = schema;
        this.foldedName = foldedName;
        this.scheduledAt = scheduledAt;
    }

    /** Makes {@code node} reachable to the tasks this member receives. */
    static void register(HazelcastInstance hazelcast, ClusterNode node) {
        hazelcast.getUserContext().put(NODE, node);
    }

    static Future<String> submit(HazelcastInstance hazelcast, EventKey key, long scheduledAt) {
        return hazelcast.getExecutorService(FrontMaps.RUN_NOW)
                .submitToKeyOwner(new RunNowTask(key.schema(), key.foldedName(), scheduledAt), key);
    }

    String schema() {
        return schema;
    }

    String foldedName() {
        return foldedName;
    }

    long scheduledAt() {
        return scheduledAt;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.hazelcast = instance;
    }

    @Override
    public String call() {
        ClusterNode node = (ClusterNode) hazelcast.getUserContext().get(NODE);
        if (node == null) {
            throw new IllegalStateException("member " + hazelcast.getName() + " serves no front door");
        }
        node.fireNow(new EventKey(schema, foldedName), scheduledAt);
        return node.settings().nodeName();
    }
}
