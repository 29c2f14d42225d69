package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.cluster.runtime.ReleaseProcessor;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What follows a run's body: its final record, the event's completion after its last firing (drop or disable), the
 * release of the event's lock. Each step that the cluster refuses (a migration under way, this member without its
 * majority) is tried again every {@link #RETRY} until it is done, so a run's record is never lost and its lock does
 * not stay taken until its lease runs out; the release is given up once the lease has (nobody needs it then).
 */
final class RunSettlement {
    private static final Logger LOG = Logger.getLogger(RunSettlement.class.getName());
    static final Duration RETRY = Duration.ofSeconds(1);

    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final HistoryRecorder history;
    private final Duration lease;
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("eventd-settle-"));
    /** Runs not settled yet, with what is left of them. */
    private final ConcurrentHashMap<PreparedRun, Pending> pending = new ConcurrentHashMap<>();

    RunSettlement(EngineMaps maps, HistoryRecorder history, Duration lease) {
        this.catalog = maps.catalog();
        this.runtime = maps.runtime();
        this.history = history;
        this.lease = lease;
    }

    /** Records {@code record} as the outcome of {@code run}, completes the event if due, releases its lock. */
    void settle(PreparedRun run, ExecutionRecord record) {
        Pending left = new Pending(record, run.last(), System.nanoTime() + lease.toNanos());
        if (!left.advance(run)) {
            pending.put(run, left);
            retries.schedule(() -> retry(run), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs whose record, completion or release is still waiting for the cluster. */
    int unsettled() {
        return pending.size();
    }

    /** One last try for each unsettled run, then stops; what is still refused is logged. */
    void stop() {
        retries.shutdownNow();
        pending.forEach((run, left) -> {
            if (!left.advance(run)) {
                LOG.severe("the run of " + run.event().key() + " at " + run.scheduledAt() + " could not be settled"
                        + " before shutdown (" + left.what() + ")");
            }
        });
        pending.clear();
    }

    private void retry(PreparedRun run) {
        Pending left = pending.get(run);
        if (left == null) {
            return;
        }
        if (left.advance(run)) {
            pending.remove(run);
        } else {
            retries.schedule(() -> retry(run), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The steps of one run still to do, in order; each is done once. */
    private final class Pending {
        private ExecutionRecord record;
        private boolean complete;
        private boolean release = true;
        private final long releaseUntilNanos;

        Pending(ExecutionRecord record, boolean complete, long releaseUntilNanos) {
            this.record = record;
            this.complete = complete;
            this.releaseUntilNanos = releaseUntilNanos;
        }

        /** Does what is left; true once nothing is. */
        synchronized boolean advance(PreparedRun run) {
            EventKey key = run.event().key();
            try {
                if (record != null) {
                    history.record(run.firing(), record);
                    record = null;
                }
                if (complete) {
                    catalog.executeOnKey(key, new CatalogCommandProcessor(
                            new CatalogCommand.Fired(run.scheduledAt(), true)));
                    complete = false;
                }
                if (release && System.nanoTime() < releaseUntilNanos) {
                    runtime.executeOnKey(key, new ReleaseProcessor(run.token()));
                }
                release = false;
                return true;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "settling the run of " + key + " at " + run.scheduledAt() + " failed ("
                        + what() + "); retrying", e);
                return false;
            }
        }

        String what() {
            return (record != null ? "record " : "") + (complete ? "completion " : "") + (release ? "release" : "");
        }
    }
}
