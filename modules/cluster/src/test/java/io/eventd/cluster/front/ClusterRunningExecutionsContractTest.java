package io.eventd.cluster.front;

import io.eventd.core.history.RunningExecutions;
import io.eventd.core.history.RunningExecutionsContract;

class ClusterRunningExecutionsContractTest extends RunningExecutionsContract {
    @Override
    protected RunningExecutions empty() {
        FrontCluster.node(0).hazelcast().getMap(FrontMaps.RUNNING).clear();
        return FrontCluster.door(1).running();
    }
}
