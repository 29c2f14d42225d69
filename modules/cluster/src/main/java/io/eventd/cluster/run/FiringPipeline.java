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

    private final FiringClaims claims;
    private final OwnedEvents owned;
    private final EngineMetrics metrics;
    private final ExecutorService claimer;
    private final ExecutorService runners;
    private final StartGate gate;
    private final Duration bodyTimeout;

    public FiringPipeline(EngineMaps maps, JdbcClaimStore claimStore, JdbcCatalogStore catalogStore,
                          HistoryRecorder history, BodyRunner bodies, ClusterSettings settings, String member,
                          EngineMetrics metrics, OwnedEvents owned) {
        this.claims = new FiringClaims(maps, claimStore, catalogStore, history, settings, member, metrics);
        this.owned = owned;
        this.metrics = metrics;
        this.bodyTimeout = settings.bodyTimeout();
        this.claimer = Executors.newSingleThreadExecutor(DaemonThreads.named("eventd-claim-"));
        this.runners = Executors.newFixedThreadPool(settings.runThreads(), DaemonThreads.named("eventd-run-"));
        this.gate = new StartGate("eventd-gate-" + settings.nodeName() + "-", runners,
                new FiringRun(maps, history, bodies, settings, metrics));
    }

    public void checkDefiners(DefinerCheck check) {
        claims.checkDefiners(check);
    }

    /** The firings of {@code keys} due at {@code at}; {@code attempt} > 1 re-runs an abandoned firing. */
    public void due(long at, List<EventKey> keys, int attempt) {
        claim(at, keys, attempt, false);
    }

    /** Events whose previous run went on when claimed ahead are claimed again at the instant (run or SKIPPED). */
    private void claim(long at, List<EventKey> keys, int attempt, boolean atInstant) {
        owned.claiming(keys);
        claimer.execute(() -> {
            try {
                FiringClaims.Outcome outcome = claims.claim(at, keys, attempt, atInstant, owned);
                gate.admit(outcome.runs());
                if (!outcome.busy().isEmpty()) {
                    gate.atInstant(at, () -> claim(at, outcome.busy(), attempt, true));
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
                owned.claimed(keys);
            }
        });
    }

    /** Claims nothing more, runs what was claimed at its instant, and returns once those runs have ended. */
    public void stop() throws InterruptedException {
        claimer.shutdown();
        claimer.awaitTermination(1, TimeUnit.MINUTES);
        gate.drain();
        runners.shutdown();
        if (!runners.awaitTermination(bodyTimeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
            LOG.warning("bodies still running at shutdown");
        }
    }
}
