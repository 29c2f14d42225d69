package io.eventd.cluster.front;

import io.eventd.core.history.RunningExecutions;
import io.eventd.core.history.RunningExecutionsContract;
import org.junit.jupiter.api.AfterEach;

class ClusterRunningExecutionsContractTest extends RunningExecutionsContract {
    @Override
    protected RunningExecutions empty() {
        // A new port answers for member 1 (its runs only: every member answers for what it alone runs).
        return new ClusterRunningExecutions(FrontCluster.node(1).hazelcast(), "node-1");
    }

    @AfterEach
    void memberOneAnswersWithItsOwnPortAgain() {
        FrontCluster.door(1).running().answerForThisMember();
    }
}
