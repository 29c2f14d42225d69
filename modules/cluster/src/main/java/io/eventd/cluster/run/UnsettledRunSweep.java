package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.store.ClaimRequest;
import io.eventd.jdbc.store.JdbcClaimStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The backstop that leaves no claim without a final history row. Normally a run's own member settles it, or the
 * event's next owner closes a dead member's run {@code ABANDONED} from the event's runtime state. Both fail when the
 * grid loses every copy of a partition (members killed faster than backups are copied again): the runtime state
 * and the run's record are gone, and the member that saw the loss may die before it could act.
 * <p>
 * So this keeps no memory of losses: the oldest member with a majority reads, from MySQL, the claims of each past
 * stretch of time that have no final history row, once every run of that stretch had the time to end (the body
 * timeout and a margin). A claim whose grid record is final (written behind, not yet in MySQL) is left alone; any
 * other is closed {@code ABANDONED}. How far it has checked is a cluster setting (persisted, so the next oldest
 * member, or a restarted cluster, goes on from there).
 */
public final class UnsettledRunSweep {
    private static final Logger LOG = Logger.getLogger(UnsettledRunSweep.class.getName());
    /** The cluster setting holding the last second checked (epoch seconds). */
    static final String CHECKED_TO = "unsettled_runs_checked_to";
    static final String RUN_LOST = "the member running it died and the cluster lost every copy of the run's state";
    private static final long MARGIN_SECONDS = 10;
    /** Seconds checked by one query at most: a cluster restarted after a long stop catches up stretch by stretch. */
    private static final long STRETCH_SECONDS = 600;
    /** How often the oldest member checks: one query and one setting written per call. */
    public static final Duration PERIOD = Duration.ofSeconds(10);
    /** Where a cluster that never checked begins: this far before the first second due. */
    private static final long FIRST_LOOKBACK_SECONDS = 3600;

    private final IMap<String, String> settings;
    private final EngineMaps maps;
    private final JdbcClaimStore claims;
    private final HistoryRecorder history;
    private final EngineMetrics metrics;
    private final BooleanSupplier oldestWithMajority;
    private final long settleSeconds;
    private final Clock clock;

    public UnsettledRunSweep(IMap<String, String> settings, EngineMaps maps, JdbcClaimStore claims,
                             HistoryRecorder history, EngineMetrics metrics, BooleanSupplier oldestWithMajority,
                             Duration bodyTimeout, Clock clock) {
        this.settings = settings;
        this.maps = maps;
        this.claims = claims;
        this.history = history;
        this.metrics = metrics;
        this.oldestWithMajority = oldestWithMajority;
        this.settleSeconds = bodyTimeout.toSeconds() + MARGIN_SECONDS;
        this.clock = clock;
    }

    /** Checks what is due, if this member is the one to do it; what fails is tried again at the next call. */
    public void sweep() {
        if (!oldestWithMajority.getAsBoolean()) {
            return;
        }
        long due = clock.instant().getEpochSecond() - settleSeconds;
        String checked = settings.get(CHECKED_TO);
        long from = checked != null ? Long.parseLong(checked) + 1 : due - FIRST_LOOKBACK_SECONDS;
        while (from <= due) {
            long to = Math.min(due, from + STRETCH_SECONDS - 1);
            checkStretch(from, to);
            from = to + 1;
        }
    }

    private void checkStretch(long from, long to) {
        int closed = 0;
        for (ClaimRequest claim : claims.unsettledBetween(from, to)) {
            if (close(claim)) {
                closed++;
            }
        }
        settings.set(CHECKED_TO, Long.toString(to));
        if (closed > 0) {
            LOG.warning(closed + " runs due between " + from + " and " + to + " had lost their state; closed ABANDONED");
        }
    }

    private boolean close(ClaimRequest claim) {
        FiringKey firing = new FiringKey(claim.schemaName(), claim.eventFolded(), claim.scheduledAt(), 1);
        ExecutionRecord known = history.find(firing);
        if (known != null && known.status() != ExecutionStatus.RUNNING) {
            return false;
        }
        ExecutionRecord running = known != null ? known : Records.lostRunning(claim.schemaName(),
                nameAsWritten(claim), claim.scheduledAt(), claim.node(), 1, claim.fencingToken());
        boolean closed = history.recordIfUnchanged(firing, known,
                Records.abandoned(running, clock.instant(), RUN_LOST));
        if (closed) {
            metrics.execution(ExecutionStatus.ABANDONED);
        }
        return closed;
    }

    private String nameAsWritten(ClaimRequest claim) {
        EventDefinition event = maps.catalog().get(new EventKey(claim.schemaName(), claim.eventFolded()));
        return event != null ? event.name() : claim.eventFolded();
    }
}
