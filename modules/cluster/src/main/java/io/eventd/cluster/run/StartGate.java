package io.eventd.cluster.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds claimed runs until their instant, then hands them to the run executor: what was claimed in advance only
 * has its body left to run. A claimed firing always has a run (a claim row means a history row): DDL or
 * event_scheduler = OFF arriving in the last {@link FiringPipeline#AHEAD} before a firing apply from the next one.
 */
final class StartGate {
    private static final Logger LOG = Logger.getLogger(StartGate.class.getName());

    private final ScheduledExecutorService clock;
    private final Executor runners;
    private final FiringRun firingRun;

    StartGate(String name, Executor runners, FiringRun firingRun) {
        this.clock = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
        this.runners = runners;
        this.firingRun = firingRun;
    }

    /** Runs each of {@code runs} (all due at the same instant) at that instant, or now if it has passed. */
    void admit(List<PreparedRun> runs) {
        if (!runs.isEmpty()) {
            atInstant(runs.get(0).scheduledAt(), () -> runs.forEach(this::submit));
        }
    }

    /** Does {@code work} (which must not block) at the start of second {@code at}, or now if it has passed. */
    void atInstant(long at, Runnable work) {
        Instant now = Instant.now();
        long delayNanos = (at - now.getEpochSecond()) * 1_000_000_000L - now.getNano();
        clock.schedule(work, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    /** Does {@code work} (which must not block) after {@code delay}. */
    void later(Duration delay, Runnable work) {
        clock.schedule(work, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Opens the gate for what waits now and stops; returns once every waiting run went to the executor. */
    void drain() throws InterruptedException {
        clock.shutdown();
        clock.awaitTermination(1, TimeUnit.MINUTES);
    }

    private void submit(PreparedRun run) {
        runners.execute(() -> {
            try {
                firingRun.run(run);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the run of " + run.event().key() + " at " + run.scheduledAt()
                        + " failed", e);
            }
        });
    }
}
