package io.eventd.core.node;

import io.eventd.core.event.EventKey;
import java.util.Optional;

/**
 * What this node knows about the cluster beyond the catalog: its members and which events each leads, when an event
 * fires next, whether this node is ready to serve, and a way to run an event once now. The cluster implements it;
 * {@link InMemoryNodeInfo} stands in for tests and single-node tools.
 */
public interface NodeInfo {

    /** This node's name, as history records and {@link ClusterMember#name()} carry it. */
    String nodeName();

    /** Members, scheduler state and split-brain protection state, as seen from this node. */
    ClusterView cluster();

    /** The node that schedules {@code key}, empty when no member does (e.g. no quorum). */
    Optional<String> leaderOf(EventKey key);

    /** The UTC epoch second {@code key} fires next, empty when it is not scheduled (disabled, over, scheduler OFF). */
    Optional<Long> nextFire(EventKey key);

    Readiness readiness();

    /**
     * Runs the event once now through the normal lock/claim path, on the node that leads it.
     *
     * @throws io.eventd.core.error.SqlException 7907 when this side of a split cluster has no quorum
     */
    RunAccepted runNow(RunNowRequest request);
}
