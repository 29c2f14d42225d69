package io.eventd.cluster.run;

import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.store.ClaimRequest;
import io.eventd.jdbc.store.JdbcClaimStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Recovery from what the grid lost. When the members holding every copy of a partition die at once (more members
 * than a map has backups), Hazelcast reports the partition lost; MySQL still has what matters:
 * <ul>
 * <li>catalog: the events missing from the map are loaded again from MySQL (the owners' audit then schedules
 * them);</li>
 * <li>runtime state and history: runs claimed before the loss whose outcome never reached MySQL are closed
 * {@code ABANDONED}, once any run still going on had the time to end ({@code bodyTimeout} and a margin), so that no
 * claim stays without a final history row.</li>
 * </ul>
 * The oldest member does it, with a majority, at its periodic check; what fails is tried again at the next one.
 */
public final class LostPartitions {
    private static final Logger LOG = Logger.getLogger(LostPartitions.class.getName());
    private static final long MARGIN_SECONDS = 10;
    static final String RUN_LOST = "the member running it died and the cluster lost every copy of the run's state";

    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final JdbcClaimStore claims;
    private final HistoryRecorder history;
    private final EngineMetrics metrics;
    private final BooleanSupplier majority;
    private final long bodyTimeoutSeconds;
    private final long leaseSeconds;
    private final List<UUID> registrations;
    private volatile boolean catalogLost;
    /** Seconds at which run state was lost and not recovered yet. */
    private final NavigableSet<Long> runsLostAt = new ConcurrentSkipListSet<>();

    public LostPartitions(HazelcastInstance hazelcast, EngineMaps maps, JdbcClaimStore claims,
                          HistoryRecorder history, EngineMetrics metrics, BooleanSupplier majority,
                          Duration bodyTimeout, Duration lease) {
        this.hazelcast = hazelcast;
        this.maps = maps;
        this.claims = claims;
        this.history = history;
        this.metrics = metrics;
        this.majority = majority;
        this.bodyTimeoutSeconds = bodyTimeout.toSeconds();
        this.leaseSeconds = lease.toSeconds();
        this.registrations = List.of(
                maps.catalog().addPartitionLostListener(event -> {
                    LOG.warning("catalog partition " + event.getPartitionId() + " lost; reloading it from MySQL");
                    catalogLost = true;
                }),
                maps.runtime().addPartitionLostListener(event -> runsLost("runtime", event.getPartitionId())),
                maps.history().addPartitionLostListener(event -> runsLost("history", event.getPartitionId())));
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
        long now = Instant.now().getEpochSecond();
        for (Long lostAt : runsLostAt) {
            if (now < lostAt + bodyTimeoutSeconds + MARGIN_SECONDS) {
                return;
            }
            closeUnsettledRuns(lostAt);
            runsLostAt.remove(lostAt);
        }
    }

    /** Forgets the listeners (the member is stopping). */
    public void close() {
        maps.catalog().removePartitionLostListener(registrations.get(0));
        maps.runtime().removePartitionLostListener(registrations.get(1));
        maps.history().removePartitionLostListener(registrations.get(2));
    }

    /** Logged once per second of losses (one member's death can lose a hundred partitions). */
    private void runsLost(String map, int partition) {
        if (runsLostAt.add(Instant.now().getEpochSecond())) {
            LOG.warning(map + " partition " + partition + " lost (and maybe others); the runs claimed before will be"
                    + " closed from MySQL's claims");
        }
    }

    private void closeUnsettledRuns(long lostAt) {
        List<ClaimRequest> unsettled = claims.unsettledBetween(lostAt - leaseSeconds - 1, lostAt + 1);
        int closed = 0;
        for (ClaimRequest claim : unsettled) {
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
            LOG.warning(closed + " runs claimed before the loss at " + lostAt + " closed ABANDONED");
        }
    }

    private String nameAsWritten(ClaimRequest claim) {
        EventDefinition event = maps.catalog().get(new EventKey(claim.schemaName(), claim.eventFolded()));
        return event != null ? event.name() : claim.eventFolded();
    }
}
