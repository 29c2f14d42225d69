package io.eventd.cluster.front;

import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.run.RunObserver;
import io.eventd.jdbc.store.JdbcHistoryStore;
import io.eventd.jdbc.store.MetadataSchema;

/**
 * Every core port the server's front door needs, served by one cluster member for the whole cluster. Create one on
 * every member (run-now requests and running executions rely on each member taking its share) and close it before
 * the node stops.
 */
public final class ClusterFrontDoor implements AutoCloseable {
    private final ClusterAccountStore accounts;
    private final ClusterExecutionHistory history;
    private final ClusterRunningExecutions running;
    private final ClusterStatementCounters counters;
    private final ClusterNodeInfo nodeInfo;
    private final ClusterAccessTokens tokens;
    private final ClusterNode node;

    private ClusterFrontDoor(ClusterNode node) {
        HazelcastInstance hazelcast = node.hazelcast();
        this.accounts = new ClusterAccountStore(hazelcast.getMap(FrontMaps.ACCOUNTS));
        this.history = new ClusterExecutionHistory(hazelcast.getMap(ClusterMaps.HISTORY), new JdbcHistoryStore(
                new MetadataSchema(node.metadataDataSource(), node.metadataSchema())));
        this.running = new ClusterRunningExecutions(hazelcast, node.settings().nodeName());
        this.counters = new ClusterStatementCounters(hazelcast.getMap(FrontMaps.COUNTERS));
        this.nodeInfo = new ClusterNodeInfo(node, node.metadataDataSource());
        this.tokens = new ClusterAccessTokens(hazelcast.getMap(FrontMaps.TOKENS));
        this.node = node;
        node.checkDefiners(new AccountDefinerCheck(accounts));
        node.observeRuns(running);
    }

    /** The ports of {@code node}, a started member. */
    public static ClusterFrontDoor create(ClusterNode node) {
        return new ClusterFrontDoor(node);
    }

    public ClusterAccountStore accounts() {
        return accounts;
    }

    public ClusterExecutionHistory history() {
        return history;
    }

    public ClusterRunningExecutions running() {
        return running;
    }

    public ClusterStatementCounters counters() {
        return counters;
    }

    public ClusterNodeInfo nodeInfo() {
        return nodeInfo;
    }

    public ClusterAccessTokens tokens() {
        return tokens;
    }

    /** Stops following the engine's runs; the ports themselves hold nothing to release. */
    @Override
    public void close() {
        node.observeRuns(RunObserver.NONE);
    }
}
