package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.runtime.RunsEnded;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What follows a run's body: its final record, the event's completion after its last firing (drop or disable), the
 * release of the event's lock (with the end of its last success). The runs that end together are settled together
 * by one thread (one {@code setAll} of their records, one {@code executeOnKeys} of their releases), so a run thread
 * is free as soon as its body is done and the cluster sees two operations per batch, not two per run.
 *
 * <p>A step the cluster refuses (a migration under way, this member without its majority) is tried again, run by
 * run, every {@link #RETRY} until done, so a record is never lost and a lock does not stay taken until its lease
 * runs out; a release is given up once the lease has (nobody needs it then).
 */
final class RunSettlement {
    private static final Logger LOG = Logger.getLogger(RunSettlement.class.getName());
    static final Duration RETRY = Duration.ofSeconds(1);
    private static final int BATCH = 2_000;

    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final HistoryRecorder history;
    private final Duration lease;
    private final BlockingQueue<Ended> ended = new LinkedBlockingQueue<>();
    private final ExecutorService settler = Executors.newSingleThreadExecutor(DaemonThreads.named("eventd-settle-"));
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("eventd-settle-retry-"));
    /** Runs not settled yet, with what is left of them. */
    private final ConcurrentHashMap<PreparedRun, Pending> pending = new ConcurrentHashMap<>();

    RunSettlement(EngineMaps maps, HistoryRecorder history, Duration lease) {
        this.catalog = maps.catalog();
        this.runtime = maps.runtime();
        this.history = history;
        this.lease = lease;
        settler.execute(this::loop);
    }

    /** A run ended with {@code record}: records it, completes the event if due, releases its lock. */
    void settle(PreparedRun run, ExecutionRecord record) {
        ended.add(new Ended(run, record, System.nanoTime() + lease.toNanos()));
    }

    /** Settles what has ended, one last try for what waits for a retry, then stops; what is refused is logged. */
    void stop() {
        settler.shutdownNow();
        retries.shutdownNow();
        try {
            settler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Ended> left = new ArrayList<>();
        ended.drainTo(left);
        left.forEach(end -> pending.put(end.run(), everythingLeft(end)));
        pending.forEach((run, what) -> {
            if (!what.advance(run)) {
                LOG.severe("the run of " + run.event().key() + " at " + run.scheduledAt() + " could not be settled"
                        + " before shutdown (" + what.what() + ")");
            }
        });
        pending.clear();
    }

    private void loop() {
        List<Ended> batch = new ArrayList<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(ended.take());
                ended.drainTo(batch, BATCH - 1);
                settleTogether(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            // Stopping: stop() settles what is left.
            batch.forEach(ended::add);
        }
    }

    /**
     * One write of the records, one of the releases. A run that ends its event (its last firing) and any second
     * run of one event in the batch go the run-by-run way, as does everything the cluster refused.
     */
    private void settleTogether(List<Ended> batch) {
        Map<EventKey, Ended> together = new LinkedHashMap<>();
        for (Ended end : batch) {
            if (end.run().last() || together.putIfAbsent(end.run().event().key(), end) != null) {
                retryAlone(end.run(), everythingLeft(end));
            }
        }
        Map<FiringKey, ExecutionRecord> records = new LinkedHashMap<>();
        together.values().forEach(end -> records.put(end.run().firing(), end.record()));
        try {
            history.recordAll(records);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "recording " + records.size() + " runs failed; retrying run by run", e);
            together.values().forEach(end -> retryAlone(end.run(), everythingLeft(end)));
            return;
        }
        long now = System.nanoTime();
        List<RunsEnded.Ending> endings = together.values().stream().filter(end -> now < end.releaseUntilNanos())
                .map(Ended::ending).toList();
        if (endings.isEmpty()) {
            return;
        }
        try {
            // Only the events whose lease still holds: a later run may own the others by now.
            runtime.executeOnKeys(endings.stream().map(RunsEnded.Ending::event).collect(Collectors.toSet()),
                    RunsEnded.of(endings));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "releasing " + endings.size() + " events failed; retrying run by run", e);
            together.values().forEach(end -> retryAlone(end.run(),
                    new Pending(null, false, end.ending(), end.releaseUntilNanos())));
        }
    }

    /** Tries now, then every {@link #RETRY} until done. */
    private void retryAlone(PreparedRun run, Pending what) {
        if (!what.advance(run)) {
            pending.put(run, what);
            retries.schedule(() -> retry(run), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retry(PreparedRun run) {
        Pending what = pending.get(run);
        if (what == null) {
            return;
        }
        if (what.advance(run)) {
            pending.remove(run);
        } else {
            retries.schedule(() -> retry(run), RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A run whose body is done, to settle. */
    private record Ended(PreparedRun run, ExecutionRecord record, long releaseUntilNanos) {

        RunsEnded.Ending ending() {
            long succeeded = record.status() == ExecutionStatus.SUCCESS && record.finishedAt() != null
                    ? record.finishedAt().toEpochMilli() : 0;
            return new RunsEnded.Ending(run.event().key(), run.token(), succeeded);
        }
    }

    private Pending everythingLeft(Ended end) {
        return new Pending(end.record(), end.run().last(), end.ending(), end.releaseUntilNanos());
    }

    /** The steps of one run still to do, in order; each is done once. */
    private final class Pending {
        private ExecutionRecord record;
        private boolean complete;
        private RunsEnded.Ending release;
        private final long releaseUntilNanos;

        Pending(ExecutionRecord record, boolean complete, RunsEnded.Ending release, long releaseUntilNanos) {
            this.record = record;
            this.complete = complete;
            this.release = release;
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
                if (release != null && System.nanoTime() < releaseUntilNanos) {
                    runtime.executeOnKey(key, RunsEnded.of(List.of(release)));
                }
                release = null;
                return true;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "settling the run of " + key + " at " + run.scheduledAt() + " failed ("
                        + what() + "); retrying", e);
                return false;
            }
        }

        String what() {
            return (record != null ? "record " : "") + (complete ? "completion " : "")
                    + (release != null ? "release" : "");
        }
    }
}
