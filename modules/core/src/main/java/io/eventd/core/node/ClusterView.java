package io.eventd.core.node;

import java.util.List;
import java.util.Objects;

/** The cluster as one node sees it: members, whether the scheduler is on, and split-brain protection. */
public record ClusterView(List<ClusterMember> members, SchedulerState scheduler, QuorumState quorum) {
    public ClusterView {
        members = List.copyOf(members);
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(quorum, "quorum");
    }
}
