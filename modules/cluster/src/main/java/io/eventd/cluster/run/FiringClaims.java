package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.ClaimProcessor;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.runtime.ReleaseProcessor;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.store.ClaimRequest;
import io.eventd.jdbc.store.JdbcCatalogStore;
import io.eventd.jdbc.store.JdbcClaimStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims the firings due at one instant, all together and ahead of that instant (DESIGN invariants 3, 4, 7), so
 * that at the instant only the bodies are left to run: one entry-processor call takes each event's lock and fencing
 * token (a firing whose previous run still holds the event is SKIPPED), one statement writes the durable claim rows,
 * the next firings are queued, and each run is recorded RUNNING and LAST_EXECUTED set in MySQL (both written while
 * the runs wait for their instant). Each event's next firing is queued whatever happens to this one, except when the
 * claim shows another member got further.
 */
public final class FiringClaims {
    private static final Logger LOG = Logger.getLogger(FiringClaims.class.getName());
    static final String STILL_RUNNING = "the previous run of the event is still going on";
    static final String CLAIM_NOT_WRITTEN = "the claim of the firing could not be written to the metadata store: ";

    /** Where the next firing goes once computed. */
    public interface Rescheduler {
        /** Called with the firing just claimed (or skipped); queues the one after it, returns it (null: none). */
        Long scheduleAfter(EventDefinition event, long firedAt);
    }

    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final JdbcClaimStore claims;
    private final LastExecutedWriter lastExecuted;
    private final HistoryRecorder history;
    private final ClusterSettings settings;
    private final String member;
    private final EngineMetrics metrics;
    private volatile DefinerCheck definers = DefinerCheck.NONE;

    public FiringClaims(EngineMaps maps, JdbcClaimStore claims, JdbcCatalogStore catalogStore, HistoryRecorder history,
                        ClusterSettings settings, String member, EngineMetrics metrics) {
        this.catalog = maps.catalog();
        this.runtime = maps.runtime();
        this.claims = claims;
        this.lastExecuted = new LastExecutedWriter(catalogStore);
        this.history = history;
        this.settings = settings;
        this.member = member;
        this.metrics = metrics;
    }

    /** Writes the LAST_EXECUTED still waiting, then stops. */
    void stop() throws InterruptedException {
        lastExecuted.stop();
    }

    public void checkDefiners(DefinerCheck check) {
        this.definers = check;
    }

    /** What a batch of claims gave: the runs, and the events a run still held (to claim again at the instant). */
    record Outcome(List<PreparedRun> runs, List<EventKey> busy) {
    }

    /**
     * Claims the firings of {@code keys} due at {@code scheduledAt}, ahead of the instant or ({@code atInstant}) at
     * it. {@code attempt} > 1 re-runs an abandoned firing (its claim row exists already).
     */
    Outcome claim(long scheduledAt, List<EventKey> keys, int attempt, boolean atInstant, Rescheduler next) {
        Map<EventKey, EventDefinition> events = new LinkedHashMap<>();
        catalog.getAll(Set.copyOf(keys)).forEach((key, event) -> {
            if (event.status() == EventStatus.ENABLED) {
                events.put(key, event);
            }
        });
        if (events.isEmpty()) {
            return new Outcome(List.of(), List.of());
        }
        long now = System.currentTimeMillis();
        ClaimProcessor.Mode mode = attempt > 1 ? ClaimProcessor.Mode.RERUN : ClaimProcessor.Mode.RUN;
        Map<EventKey, Long> answers = runtime.executeOnKeys(events.keySet(), new ClaimProcessor(scheduledAt, member,
                settings.nodeName(), attempt, mode, now, now + settings.lockLease().toMillis(), atInstant));
        Map<FiringKey, ExecutionRecord> records = new HashMap<>();
        List<PreparedRun> claimed = new ArrayList<>();
        List<EventKey> busy = new ArrayList<>();
        for (EventDefinition event : events.values()) {
            Long answer = answers.get(event.key());
            if (ClaimProcessor.busy(answer)) {
                busy.add(event.key());
                continue;
            }
            metrics.claim(answer != null, "runtime");
            if (answer == null) {
                continueAfterRefusal(event, scheduledAt, next);
            } else if (ClaimProcessor.skipped(answer)) {
                metrics.lockContended();
                skip(event, scheduledAt, attempt, ClaimProcessor.token(answer), STILL_RUNNING, records, next);
            } else {
                claimed.add(new PreparedRun(event, scheduledAt, attempt, ClaimProcessor.token(answer), false));
            }
        }
        List<PreparedRun> permitted = new ArrayList<>();
        // One check per definer and schema in the batch: the events of a schema mostly share their definer.
        Map<Map.Entry<Account, String>, Optional<String>> refusals = new HashMap<>();
        for (PreparedRun run : claimed) {
            EventDefinition event = run.event();
            Optional<String> refusal = refusals.computeIfAbsent(Map.entry(event.definer(), event.schema()),
                    definerAndSchema -> refusal(event));
            if (refusal.isPresent()) {
                runtime.executeOnKey(event.key(), new ReleaseProcessor(run.token()));
                skip(event, scheduledAt, attempt, run.token(), refusal.get(), records, next);
            } else {
                permitted.add(run);
            }
        }
        List<PreparedRun> runs = new ArrayList<>();
        // Until a run records its real start: its instant, or now for a firing claimed late (caught up), so that a
        // run's recorded start is never before the start of the event's run before it.
        Instant startBound = Instant.ofEpochMilli(Math.max(scheduledAt * 1000, now));
        for (PreparedRun run : attempt == 1 ? durable(permitted, records, next) : permitted) {
            Long following = attempt == 1 ? next.scheduleAfter(run.event(), scheduledAt) : null;
            PreparedRun prepared = new PreparedRun(run.event(), scheduledAt, attempt, run.token(),
                    attempt == 1 && following == null);
            records.put(prepared.firing(), Records.running(run.event(), scheduledAt, startBound,
                    settings.nodeName(), attempt, run.token()));
            runs.add(prepared);
        }
        // Written while the runs wait for their instant: each run's final record waits for its RUNNING one.
        CompletableFuture<Void> recorded = history.recordAllAsync(records).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "RUNNING or SKIPPED records of " + records.size() + " firings not written",
                        failure);
            }
        });
        lastExecuted.executed(scheduledAt, runs.stream().filter(run -> run.attempt() == 1)
                .map(run -> run.event().key()).toList());
        return new Outcome(runs.stream().map(run -> run.recordedBy(recorded)).toList(), busy);
    }

    /** A definer that cannot be checked now (accounts unreachable) does not stop a claimed run. */
    private Optional<String> refusal(EventDefinition event) {
        try {
            return definers.refusal(event);
        } catch (RuntimeException e) {
            LOG.warning("cannot check the definer of " + event.key() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes the durable claim rows; returns the runs whose row this member wrote. A firing claimed in MySQL
     * already (the other side of a split brain ran it) does not run; one the metadata store cannot take is
     * SKIPPED with the reason, not retried (without its claim row a run could not be proven unique).
     */
    private List<PreparedRun> durable(List<PreparedRun> claimed, Map<FiringKey, ExecutionRecord> records,
                                      Rescheduler next) {
        Map<ClaimRequest, PreparedRun> requests = new LinkedHashMap<>();
        for (PreparedRun run : claimed) {
            EventKey key = run.event().key();
            requests.put(new ClaimRequest(key.schema(), key.foldedName(), run.scheduledAt(), settings.nodeName(),
                    run.token()), run);
        }
        Set<ClaimRequest> won;
        try {
            won = claims.claimAll(List.copyOf(requests.keySet()));
        } catch (RuntimeException e) {
            String reason = CLAIM_NOT_WRITTEN + rootMessage(e);
            LOG.warning(claimed.size() + " firings skipped: " + reason);
            for (PreparedRun run : claimed) {
                metrics.claim(false, "durable");
                runtime.executeOnKey(run.event().key(), new ReleaseProcessor(run.token()));
                skip(run.event(), run.scheduledAt(), 1, run.token(), reason, records, next);
            }
            return List.of();
        }
        List<PreparedRun> runs = new ArrayList<>();
        requests.forEach((request, run) -> {
            metrics.claim(won.contains(request), "durable");
            if (won.contains(request)) {
                runs.add(run);
            } else {
                LOG.warning("firing " + run.event().key() + " at " + run.scheduledAt() + " was already claimed in"
                        + " MySQL; not running it");
                runtime.executeOnKey(run.event().key(), new ReleaseProcessor(run.token()));
                next.scheduleAfter(run.event(), run.scheduledAt());
            }
        });
        return runs;
    }

    /**
     * Another member claimed this firing or a later one: continue after the latest claim (after this firing if the
     * runtime state is gone, lost with the members that held it).
     */
    private void continueAfterRefusal(EventDefinition event, long scheduledAt, Rescheduler next) {
        RuntimeState state = runtime.get(event.key());
        long last = state != null && state.lastClaimedAt() != null ? state.lastClaimedAt() : scheduledAt;
        next.scheduleAfter(event, Math.max(scheduledAt, last));
    }

    /** Records the firing SKIPPED; a first attempt's event goes on to its next firing (a re-run's is queued). */
    private void skip(EventDefinition event, long scheduledAt, int attempt, long token, String reason,
                      Map<FiringKey, ExecutionRecord> records, Rescheduler next) {
        EventKey key = event.key();
        records.put(new FiringKey(key.schema(), key.foldedName(), scheduledAt, attempt),
                Records.skipped(event, scheduledAt, Instant.now(), reason, settings.nodeName(), attempt, token));
        metrics.execution(ExecutionStatus.SKIPPED);
        if (attempt == 1) {
            next.scheduleAfter(event, scheduledAt);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
