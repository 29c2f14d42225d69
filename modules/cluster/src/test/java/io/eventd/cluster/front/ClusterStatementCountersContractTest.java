package io.eventd.cluster.front;

import io.eventd.core.engine.StatementCounters;
import io.eventd.core.engine.StatementCountersContract;

class ClusterStatementCountersContractTest extends StatementCountersContract {
    @Override
    protected StatementCounters fresh() {
        FrontCluster.node(0).hazelcast().getMap(FrontMaps.COUNTERS).clear();
        return FrontCluster.door(1).counters();
    }
}
