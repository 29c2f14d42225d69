package io.eventd.cluster.run;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.store.ClaimRequest;
import io.eventd.jdbc.store.JdbcClaimStore;
import io.eventd.jdbc.store.UnsettledClaim;
import java.time.Duration;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Recovery from what the grid lost with its members; MySQL still has what matters:
 * <ul>
 * <li>catalog: when Hazelcast reports a catalog partition lost (the members holding every copy died together), the
 * events missing from the map are loaded again from MySQL (the owners' audit then schedules them);</li>
 * <li>runs: after a member leaves, every run claimed (in MySQL) by a node incarnation no longer in the cluster whose
 * outcome never reached the history is closed {@code ABANDONED}. The new owner of an event does that from the
 * event's runtime state as a rule; this is for the runs whose runtime state and records died with their members
 * (two members lost within seconds, before their partitions were copied again), so that no claim stays without a
 * final history row.</li>
 * </ul>
 * The oldest member does it, with a majority, at its periodic check; what fails is tried again at the next one. Every
 * member notes each departure, so the next oldest takes over if the oldest dies first.
 */
public final class LostPartitions {
    private static final Logger LOG = Logger.getLogger(LostPartitions.class.getName());
    static final String RUN_LOST = "the member that claimed it left the cluster and the run's own state was lost";

    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final JdbcClaimStore claims;
    private final HistoryRecorder history;
    private final EngineMetrics metrics;
    private final BooleanSupplier majority;
    private final long leaseSeconds;
    private final UUID catalogListener;
    private final UUID membershipListener;
    private volatile boolean catalogLost;
    /** Seconds at which members left, whose claims are not looked at yet. */
    private final NavigableSet<Long> departures = new ConcurrentSkipListSet<>();

    public LostPartitions(HazelcastInstance hazelcast, EngineMaps maps, JdbcClaimStore claims,
                          HistoryRecorder history, EngineMetrics metrics, BooleanSupplier majority, Duration lease) {
        this.hazelcast = hazelcast;
        this.maps = maps;
        this.claims = claims;
        this.history = history;
        this.metrics = metrics;
        this.majority = majority;
        this.leaseSeconds = lease.toSeconds();
        this.catalogListener = maps.catalog().addPartitionLostListener(event -> {
            LOG.warning("catalog partition " + event.getPartitionId() + " lost; reloading it from MySQL");
            catalogLost = true;
        });
        this.membershipListener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // nothing to recover
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                departures.add(Instant.now().getEpochSecond());
            }
        });
    }

    /** Does the recovery that is due, if this member is the one to do it. */
    public void recover() {
        if (!majority.getAsBoolean() || !hazelcast.getCluster().getMembers().iterator().next().localMember()) {
            return;
        }
        if (catalogLost) {
            catalogLost = false;
            try {
                maps.catalog().loadAll(false);
            } catch (RuntimeException e) {
                catalogLost = true;
                throw e;
            }
        }
        for (Long leftAt : departures) {
            closeUnsettledRuns(leftAt);
            departures.remove(leftAt);
        }
    }

    /** Forgets the listeners (the member is stopping). */
    public void close() {
        maps.catalog().removePartitionLostListener(catalogListener);
        hazelcast.getCluster().removeMembershipListener(membershipListener);
    }

    /** The runs claimed up to {@code leftAt} (within a lease before) by incarnations gone, not settled: closed. */
    private void closeUnsettledRuns(long leftAt) {
        int closed = 0;
        for (UnsettledClaim unsettled : claims.unsettledBetween(leftAt - leaseSeconds - 1, leftAt + 1)) {
            if (claimantAlive(unsettled)) {
                continue;
            }
            ClaimRequest claim = unsettled.claim();
            FiringKey firing = new FiringKey(claim.schemaName(), claim.eventFolded(), claim.scheduledAt(), 1);
            ExecutionRecord known = history.find(firing);
            if (known != null && known.status() != ExecutionStatus.RUNNING) {
                continue;
            }
            ExecutionRecord running = known != null ? known : Records.lostRunning(claim.schemaName(),
                    nameAsWritten(claim), claim.scheduledAt(), claim.node(), 1, claim.fencingToken());
            if (history.recordIfUnchanged(firing, known, Records.abandoned(running, Instant.now(), RUN_LOST))) {
                metrics.execution(ExecutionStatus.ABANDONED);
                closed++;
            }
        }
        if (closed > 0) {
            LOG.warning(closed + " runs claimed by members gone (at " + leftAt + ") closed ABANDONED: their own"
                    + " state was lost with them");
        }
    }

    /** Whether the node incarnation that wrote the claim is still a member (a restarted node is not the same). */
    private boolean claimantAlive(UnsettledClaim unsettled) {
        for (Member member : hazelcast.getCluster().getMembers()) {
            String started = member.getAttribute(ClusterMaps.STARTED_ATTRIBUTE);
            if (unsettled.claim().node().equals(member.getAttribute(ClusterMaps.NODE_ATTRIBUTE))
                    && started != null && Long.parseLong(started) <= unsettled.claimedAtMillis()) {
                return true;
            }
        }
        return false;
    }

    private String nameAsWritten(ClaimRequest claim) {
        EventDefinition event = maps.catalog().get(new EventKey(claim.schemaName(), claim.eventFolded()));
        return event != null ? event.name() : claim.eventFolded();
    }
}
