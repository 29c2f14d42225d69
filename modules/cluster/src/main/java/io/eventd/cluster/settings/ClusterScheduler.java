package io.eventd.cluster.settings;

import io.eventd.core.engine.Scheduler;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;

/**
 * Core's scheduler port on a cluster: {@code event_scheduler} is the cluster-wide, persisted switch. Committed DDL
 * needs no call here (each member follows the catalog through its entry listeners), and {@code SET TIMESTAMP} only
 * changes the session's NOW(): a node's firings follow the real clock.
 */
public final class ClusterScheduler implements Scheduler {
    private final SchedulerSwitch schedulerSwitch;

    public ClusterScheduler(SchedulerSwitch schedulerSwitch) {
        this.schedulerSwitch = schedulerSwitch;
    }

    @Override
    public boolean isOn() {
        return schedulerSwitch.isOn();
    }

    @Override
    public void turn(boolean on, long now) {
        schedulerSwitch.turn(on);
    }

    @Override
    public void changed(EventKey key, EventDefinition stored, long now) {
        // followed by the members' catalog listeners
    }

    @Override
    public void timestampSet(long timestamp) {
        // session-only on a node
    }
}
