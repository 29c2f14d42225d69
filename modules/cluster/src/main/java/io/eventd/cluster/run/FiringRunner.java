package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.ClaimProcessor;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.runtime.ReleaseProcessor;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.body.BodyResult;
import io.eventd.jdbc.body.BodyRunner;
import io.eventd.jdbc.body.EventBody;
import io.eventd.jdbc.store.JdbcClaimStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs one firing on an executor thread (DESIGN invariants 3, 4, 6, 7): takes the event lock with a lease (held by
 * this thread for the whole run, so a firing due meanwhile is SKIPPED), claims {@code (event, scheduledAt)} on the
 * runtime state (fencing token), inserts the durable claim row, schedules the next firing, records RUNNING, runs the
 * body, records the outcome, applies LAST_EXECUTED and completion through the catalog, releases the run.
 */
public final class FiringRunner {
    private static final Logger LOG = Logger.getLogger(FiringRunner.class.getName());
    static final String STILL_RUNNING = "the previous run of the event is still going on";
    static final String CLAIM_NOT_WRITTEN = "the claim of the firing could not be written to the metadata store: ";

    /** Where the next firing goes once computed. */
    public interface Rescheduler {
        /** Called with the firing just claimed (or skipped); queues the one after it. */
        Long scheduleAfter(EventDefinition event, long firedAt);
    }

    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final IMap<EventKey, Boolean> locks;
    private final JdbcClaimStore claims;
    private final HistoryRecorder history;
    private final BodyRunner bodies;
    private final ClusterSettings settings;
    private final String member;
    private final EngineMetrics metrics;
    private volatile DefinerCheck definers = DefinerCheck.NONE;

    public FiringRunner(EngineMaps maps, JdbcClaimStore claims, HistoryRecorder history, BodyRunner bodies,
                        ClusterSettings settings, String member, EngineMetrics metrics) {
        this.catalog = maps.catalog();
        this.runtime = maps.runtime();
        this.locks = maps.locks();
        this.claims = claims;
        this.history = history;
        this.bodies = bodies;
        this.settings = settings;
        this.member = member;
        this.metrics = metrics;
    }

    public void checkDefiners(DefinerCheck check) {
        this.definers = check;
    }

    /** A firing of {@code key} due at {@code scheduledAt}; {@code attempt} > 1 re-runs an abandoned firing. */
    public void fire(EventKey key, long scheduledAt, int attempt, Rescheduler next) {
        EventDefinition event = catalog.get(key);
        if (event == null || event.status() != EventStatus.ENABLED) {
            return;
        }
        try {
            if (!tryLock(key)) {
                metrics.lockContended();
                skip(event, scheduledAt, next);
                return;
            }
            try {
                runLocked(event, scheduledAt, attempt, next);
            } finally {
                unlock(key);
            }
        } catch (SplitBrainProtectionException e) {
            metrics.refusedBySplitBrainProtection();
            LOG.warning("not firing " + key + ": this member is on the minority side (" + e.getMessage() + ")");
            next.scheduleAfter(event, scheduledAt);
        }
    }

    private void runLocked(EventDefinition event, long scheduledAt, int attempt, Rescheduler next) {
        EventKey key = event.key();
        ClaimProcessor.Mode mode = attempt > 1 ? ClaimProcessor.Mode.RERUN : ClaimProcessor.Mode.RUN;
        Long token = runtime.executeOnKey(key, new ClaimProcessor(scheduledAt, member, settings.nodeName(), attempt,
                mode));
        metrics.claim(token != null, "runtime");
        if (token == null) {
            RuntimeState state = runtime.get(key);
            if (state != null && state.lastClaimedAt() != null) {
                next.scheduleAfter(event, Math.max(scheduledAt, state.lastClaimedAt()));
            }
            return;
        }
        FiringKey firing = new FiringKey(key.schema(), key.foldedName(), scheduledAt, attempt);
        Optional<String> refusal = definers.refusal(event);
        if (refusal.isPresent()) {
            history.record(firing, Records.skipped(event, scheduledAt, Instant.now(), refusal.get(),
                    settings.nodeName(), token));
            metrics.execution(ExecutionStatus.SKIPPED);
            runtime.executeOnKey(key, new ReleaseProcessor(token));
            if (attempt == 1) {
                next.scheduleAfter(event, scheduledAt);
            }
            return;
        }
        if (attempt == 1 && !durableClaim(event, firing, token)) {
            runtime.executeOnKey(key, new ReleaseProcessor(token));
            next.scheduleAfter(event, scheduledAt);
            return;
        }
        Long following = attempt == 1 ? next.scheduleAfter(event, scheduledAt) : null;
        boolean last = attempt == 1 && following == null;
        if (!last && attempt == 1) {
            catalog.executeOnKey(key, new CatalogCommandProcessor(new CatalogCommand.Fired(scheduledAt, false)));
        }
        Instant started = Instant.now();
        metrics.started(Duration.between(Instant.ofEpochSecond(scheduledAt), started));
        history.record(firing, Records.running(event, scheduledAt, started, settings.nodeName(), attempt, token));
        BodyResult result = bodies.run(EventBody.of(event), settings.bodyTimeout());
        metrics.finished(result.elapsed());
        metrics.execution(result.status());
        history.record(firing, Records.finished(event, scheduledAt, started, result, settings.nodeName(), attempt,
                token));
        if (last) {
            catalog.executeOnKey(key, new CatalogCommandProcessor(new CatalogCommand.Fired(scheduledAt, true)));
        }
        runtime.executeOnKey(key, new ReleaseProcessor(token));
    }

    /**
     * Inserts the durable claim row. False when it was claimed already (another side of a split brain ran it) or
     * when the metadata store cannot take it: that firing is SKIPPED with the reason, not retried (without its
     * claim row a run could not be proven unique), and the caller keeps the event on its schedule either way.
     */
    private boolean durableClaim(EventDefinition event, FiringKey firing, long token) {
        EventKey key = event.key();
        try {
            boolean won = claims.claim(key.schema(), key.foldedName(), firing.scheduledAt(), settings.nodeName(),
                    token);
            metrics.claim(won, "durable");
            if (!won) {
                LOG.warning("firing " + key + " at " + firing.scheduledAt() + " was already claimed in MySQL; not"
                        + " running it");
            }
            return won;
        } catch (RuntimeException e) {
            metrics.claim(false, "durable");
            String reason = CLAIM_NOT_WRITTEN + rootMessage(e);
            LOG.warning("firing " + key + " at " + firing.scheduledAt() + " skipped: " + reason);
            history.record(firing, Records.skipped(event, firing.scheduledAt(), Instant.now(), reason,
                    settings.nodeName(), token));
            metrics.execution(ExecutionStatus.SKIPPED);
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** The previous run holds the lock: this firing is claimed as SKIPPED, so no other member runs it either. */
    private void skip(EventDefinition event, long scheduledAt, Rescheduler next) {
        EventKey key = event.key();
        Long token = runtime.executeOnKey(key, new ClaimProcessor(scheduledAt, member, settings.nodeName(), 1,
                ClaimProcessor.Mode.SKIP));
        if (token != null) {
            history.record(new FiringKey(key.schema(), key.foldedName(), scheduledAt, 1),
                    Records.skipped(event, scheduledAt, Instant.now(), STILL_RUNNING, settings.nodeName(), token));
            metrics.execution(ExecutionStatus.SKIPPED);
            next.scheduleAfter(event, scheduledAt);
        }
    }

    /** Without waiting: a held lock means the previous run goes on. */
    private boolean tryLock(EventKey key) {
        try {
            return locks.tryLock(key, 0, TimeUnit.MILLISECONDS, settings.lockLease().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void unlock(EventKey key) {
        try {
            locks.unlock(key);
        } catch (IllegalMonitorStateException e) {
            LOG.warning("the lease on " + key + " ran out before the run ended");
        }
    }
}
