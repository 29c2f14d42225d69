package io.eventd.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's one ordered shutdown (Hazelcast's own hook is off): the parts started last stop first, so the node
 * stops taking firings, lets running bodies finish, leaves the cluster (its partitions move to the others), and only
 * then closes its pools and the embedded server. The whole sequence gets {@link #BUDGET}; the Kubernetes grace
 * period is longer (k8s/ and its test keep them in step).
 */
public final class Shutdown {
    /** How long the ordered shutdown may take before the remaining steps are abandoned. */
    public static final Duration BUDGET = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(Shutdown.class.getName());

    private record Step(String name, AutoCloseable action) {
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean done;

    /** Registers a part to stop; parts stop in the reverse order of registration. */
    public synchronized void add(String name, AutoCloseable action) {
        steps.push(new Step(name, action));
    }

    /** Runs every step once, in order, within {@link #BUDGET}; a failing step is logged and the next one runs. */
    public void run() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        long deadline = System.nanoTime() + BUDGET.toNanos();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "eventd-shutdown"));
        try {
            for (Step step : steps) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warning(() -> "shutdown budget spent; not waiting for: " + step.name());
                    continue;
                }
                Future<?> running = worker.submit(() -> {
                    step.action().close();
                    return null;
                });
                try {
                    running.get(left, TimeUnit.NANOSECONDS);
                    LOG.info(() -> "stopped: " + step.name());
                } catch (TimeoutException e) {
                    LOG.warning(() -> "shutdown budget spent while stopping: " + step.name());
                    running.cancel(true);
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "failed to stop " + step.name(), e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** Runs {@link #run()} when the JVM is asked to stop (SIGTERM, SIGINT). */
    public Shutdown onJvmExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::run, "eventd-shutdown-hook"));
        return this;
    }
}
