package io.eventd.cluster.front;

import com.hazelcast.cluster.ClusterState;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import io.eventd.cluster.ClusterNode;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.cluster.run.EngineMaps;
import io.eventd.cluster.timer.NextFiring;
import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.node.ClusterMember;
import io.eventd.core.node.ClusterView;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.node.QuorumState;
import io.eventd.core.node.Readiness;
import io.eventd.core.node.RunAccepted;
import io.eventd.core.node.RunNowRequest;
import io.eventd.core.node.SchedulerState;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Core's node port on a cluster member. An event's leader is the owner of its catalog partition (the member whose
 * timer schedules it); its next firing is computed as that owner computes it, from the catalog and the runtime
 * state; run-now requests go to the owner's executor and take the normal lock and claim path there.
 */
public final class ClusterNodeInfo implements NodeInfo {
    private static final Comparator<EventKey> KEY_ORDER =
            Comparator.comparing(EventKey::schema).thenComparing(EventKey::foldedName);
    private static final int VALIDATION_SECONDS = 2;
    private static final long RUN_NOW_WAIT_SECONDS = 10;

    private final ClusterNode node;
    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final DataSource metadata;
    private final NextFiring nextFiring = new NextFiring(ZoneId.systemDefault());

    /** {@code metadata}: the store whose reachability readiness checks (normally the node's metadata store). */
    public ClusterNodeInfo(ClusterNode node, DataSource metadata) {
        this.node = node;
        this.hazelcast = node.hazelcast();
        this.maps = EngineMaps.of(hazelcast);
        this.metadata = metadata;
        RunNowTask.register(hazelcast, node);
    }

    @Override
    public String nodeName() {
        return node.settings().nodeName();
    }

    @Override
    public ClusterView cluster() {
        Map<UUID, List<EventKey>> leads = leadsByMember();
        List<ClusterMember> members = new ArrayList<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            List<EventKey> led = new ArrayList<>(leads.getOrDefault(member.getUuid(), List.of()));
            led.sort(KEY_ORDER);
            members.add(new ClusterMember(nameOf(member), member.getAddress().getHost() + ":"
                    + member.getAddress().getPort(), member.localMember(), led));
        }
        members.sort(Comparator.comparing(ClusterMember::name));
        return new ClusterView(members, scheduler(), quorum());
    }

    @Override
    public Optional<String> leaderOf(EventKey key) {
        if (!quorum().present()) {
            return Optional.empty();
        }
        return Optional.ofNullable(hazelcast.getPartitionService().getPartition(key).getOwner()).map(this::nameOf);
    }

    @Override
    public Optional<Long> nextFire(EventKey key) {
        if (scheduler() == SchedulerState.OFF) {
            return Optional.empty();
        }
        EventDefinition event = maps.catalog().get(key);
        if (event == null || event.status() != EventStatus.ENABLED) {
            return Optional.empty();
        }
        RuntimeState state = maps.runtime().get(key);
        return Optional.ofNullable(nextFiring.onPickUp(event, state, Instant.now().getEpochSecond()));
    }

    /**
     * Joined: this member runs in an active cluster. Catalog loaded: a node exists only once its catalog was loaded
     * (start waits for the eager load), so this follows whether the member still runs. Metadata store: a connection
     * that passes a validity check.
     */
    @Override
    public Readiness readiness() {
        boolean running = hazelcast.getLifecycleService().isRunning();
        return new Readiness(running && active(), running, metadataReachable());
    }

    @Override
    public RunAccepted runNow(RunNowRequest request) {
        if (!quorum().present()) {
            throw new SqlException(EventdErrors.noQuorum());
        }
        EventKey key = request.key();
        try {
            String owner = RunNowTask.submit(hazelcast, key, request.requestedAt())
                    .get(RUN_NOW_WAIT_SECONDS, TimeUnit.SECONDS);
            return new RunAccepted(key, owner);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing " + key + " to its owner", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot hand " + key + " to its owner: " + e.getMessage(), e);
        }
    }

    private SchedulerState scheduler() {
        return node.scheduler().isOn() ? SchedulerState.ON : SchedulerState.OFF;
    }

    private QuorumState quorum() {
        int minimum = node.settings().effectiveSplitBrainMinimum();
        return new QuorumState(minimum > 1, minimum, hazelcast.getCluster().getMembers().size());
    }

    /** Each catalog key goes to its partition's owner (keys only: no event is read). */
    private Map<UUID, List<EventKey>> leadsByMember() {
        Map<UUID, List<EventKey>> leads = new HashMap<>();
        try {
            for (EventKey key : maps.catalog().keySet()) {
                Member owner = hazelcast.getPartitionService().getPartition(key).getOwner();
                if (owner != null) {
                    leads.computeIfAbsent(owner.getUuid(), u -> new ArrayList<>()).add(key);
                }
            }
        } catch (SplitBrainProtectionException e) {
            // A minority member leads nothing: its catalog is closed until the cluster heals.
            leads.clear();
        }
        return leads;
    }

    private String nameOf(Member member) {
        String name = member.getAttribute(FrontMaps.NODE_ATTRIBUTE);
        return name != null ? name : member.getUuid().toString();
    }

    private boolean active() {
        try {
            return hazelcast.getCluster().getClusterState() == ClusterState.ACTIVE;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean metadataReachable() {
        try (Connection connection = metadata.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
