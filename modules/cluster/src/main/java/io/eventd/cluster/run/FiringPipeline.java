package io.eventd.cluster.run;

import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.body.BodyRunner;
import io.eventd.jdbc.store.JdbcCatalogStore;
import io.eventd.jdbc.store.JdbcClaimStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A member's firing path in three stages, so that a firing's instant finds only its body left to do: the timer
 * hands over the events due at an instant {@link #AHEAD} of time; one claiming thread claims them together
 * ({@link FiringClaims}); the {@link StartGate} holds them until the instant; the run threads run the bodies and
 * record them ({@link FiringRun}). A batch that cannot be claimed (a minority side, the cluster changing under it)
 * has its events' next firings computed again at the next ownership check.
 */
public final class FiringPipeline {
    private static final Logger LOG = Logger.getLogger(FiringPipeline.class.getName());
    /** How long before its instant a firing is claimed: far more than claiming a second's firings takes. */
    public static final Duration AHEAD = Duration.ofMillis(500);
    /** How long after its instant a firing waits for the run before it to end. */
    private static final Duration OVERLAP_WAIT = Duration.ofSeconds(1);
    /**
     * A firing waiting for the run before it asks again after {@link #FIRST_RETRY_MILLIS}, then twice as long each
     * time up to {@link #MAX_RETRY_MILLIS}: an overloaded member (runs queued behind each other, every firing late
     * and waiting) spent its time re-claiming at a fixed 50 ms instead of running bodies, and fell further behind.
     */
    private static final long FIRST_RETRY_MILLIS = 50;
    private static final long MAX_RETRY_MILLIS = 800;

    private final FiringClaims claims;
    private final OwnedEvents owned;
    private final EngineMetrics metrics;
    private final ExecutorService claimer;
    private final ExecutorService runners;
    private final StartGate gate;
    private final RunSettlement settlement;
    private final FiringRun firingRun;
    private final Duration bodyTimeout;
    private final Duration lease;

    public FiringPipeline(EngineMaps maps, JdbcClaimStore claimStore, JdbcCatalogStore catalogStore,
                          HistoryRecorder history, BodyRunner bodies, ClusterSettings settings, String member,
                          EngineMetrics metrics, OwnedEvents owned, BooleanSupplier majority) {
        this.claims = new FiringClaims(maps, claimStore, catalogStore, history, settings, member, metrics);
        this.owned = owned;
        this.metrics = metrics;
        this.bodyTimeout = settings.bodyTimeout();
        this.lease = settings.lockLease();
        this.claimer = Executors.newSingleThreadExecutor(DaemonThreads.named("eventd-claim-"));
        this.runners = Executors.newFixedThreadPool(settings.runThreads(), DaemonThreads.named("eventd-run-"));
        this.settlement = new RunSettlement(maps, history, lease);
        this.firingRun = new FiringRun(settlement, bodies, settings, metrics, majority);
        this.gate = new StartGate("eventd-gate-" + settings.nodeName() + "-", runners, firingRun);
    }

    public void checkDefiners(DefinerCheck check) {
        claims.checkDefiners(check);
    }

    /** From now on {@code runs} hears of every body this member runs. */
    public void observeRuns(RunObserver runs) {
        firingRun.observe(runs);
    }

    /** The firings of {@code keys} due at {@code at}; {@code attempt} > 1 re-runs an abandoned firing. */
    public void due(long at, List<EventKey> keys, int attempt) {
        claim(at, keys, attempt, 0, FIRST_RETRY_MILLIS);
    }

    /**
     * Claims the firings; those whose previous run still holds the event are claimed again until
     * {@code waitUntilMillis} (0: not computed yet), the next time after {@code retryMillis}, then SKIPPED if it
     * still does.
     */
    private void claim(long at, List<EventKey> keys, int attempt, long waitUntilMillis, long retryMillis) {
        owned.claiming(at, keys);
        claimer.execute(() -> {
            Set<EventKey> waiting = Set.of();
            try {
                boolean lastTry = waitUntilMillis > 0 && System.currentTimeMillis() >= waitUntilMillis;
                FiringClaims.Outcome outcome = claims.claim(at, keys, attempt, lastTry, owned);
                gate.admit(outcome.runs());
                if (!outcome.busy().isEmpty()) {
                    awaitPreviousRuns(at, outcome.busy(), attempt,
                            waitUntilMillis > 0 ? waitUntilMillis : waitLimit(at), retryMillis);
                    waiting = Set.copyOf(outcome.busy());
                }
            } catch (SplitBrainProtectionException e) {
                metrics.refusedBySplitBrainProtection();
                LOG.warning("not firing " + keys.size() + " events due at " + at + ": this member is on the minority"
                        + " side (" + e.getMessage() + ")");
                keys.forEach(owned::retryLater);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "claiming " + keys.size() + " firings due at " + at + " failed", e);
                keys.forEach(owned::retryLater);
            } finally {
                // Events waiting for their previous run stay in flight until claimed.
                Set<EventKey> stillWaiting = waiting;
                owned.claimed(at, keys.stream().filter(key -> !stillWaiting.contains(key)).toList());
            }
        });
    }

    /**
     * How long a firing waits for the run before it: {@link #OVERLAP_WAIT} after its instant, so a body a little
     * slower than its interval delays the next run instead of skipping it (a run going on longer than that makes
     * the firing SKIPPED, MySQL's rule without the overlap). A firing claimed well after its instant is a missed
     * one being caught up (after a hand-over): it waits as long as the run before it may hold the event.
     */
    private long waitLimit(long at) {
        long now = System.currentTimeMillis();
        long instant = at * 1000;
        return now - instant > OVERLAP_WAIT.toMillis() ? now + lease.toMillis() : instant + OVERLAP_WAIT.toMillis();
    }

    private void awaitPreviousRuns(long at, List<EventKey> busy, int attempt, long waitUntilMillis,
                                   long retryMillis) {
        long now = System.currentTimeMillis();
        if (now < at * 1000) {
            gate.atInstant(at, () -> claim(at, busy, attempt, waitUntilMillis, retryMillis));
        } else {
            // Never past the deadline: the last try, which skips a firing still held, comes on time.
            long wait = Math.max(0, Math.min(retryMillis, waitUntilMillis - now));
            long next = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
            gate.later(Duration.ofMillis(wait), () -> claim(at, busy, attempt, waitUntilMillis, next));
        }
    }

    /** Claims nothing more, runs what was claimed at its instant, and returns once those runs have ended. */
    public void stop() throws InterruptedException {
        claimer.shutdown();
        claimer.awaitTermination(1, TimeUnit.MINUTES);
        claims.stop();
        gate.drain();
        runners.shutdown();
        if (!runners.awaitTermination(bodyTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
            LOG.warning("bodies still running at shutdown");
        }
        settlement.stop();
    }
}
