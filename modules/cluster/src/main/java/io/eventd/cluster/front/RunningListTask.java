package io.eventd.cluster.front;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import io.eventd.core.history.RunningExecution;
import java.util.ArrayList;
import java.util.concurrent.Callable;

/** Sent to every member by {@link ClusterRunningExecutions#list()}: answers with the bodies that member runs. */
final class RunningListTask implements Callable<ArrayList<RunningExecution>>, HazelcastInstanceAware {
    private transient HazelcastInstance hazelcast;

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.hazelcast = instance;
    }

    @Override
    public ArrayList<RunningExecution> call() {
        return ClusterRunningExecutions.runningOn(hazelcast);
    }
}
