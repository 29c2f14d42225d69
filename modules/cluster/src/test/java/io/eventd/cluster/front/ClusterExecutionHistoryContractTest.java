package io.eventd.cluster.front;

import io.eventd.cluster.member.ClusterMaps;
import io.eventd.core.history.ExecutionHistory;
import io.eventd.core.history.ExecutionHistoryContract;
import io.eventd.jdbc.testing.SharedMariaDb;

/** The history over the replicated map and MySQL passes core's contract. */
class ClusterExecutionHistoryContractTest extends ExecutionHistoryContract {
    @Override
    protected ExecutionHistory emptyHistory() {
        FrontCluster.node(0).hazelcast().getMap(ClusterMaps.HISTORY).clear();
        SharedMariaDb.execute("DELETE FROM `" + FrontCluster.metadataSchema() + "`.history");
        return FrontCluster.door(1).history();
    }
}
