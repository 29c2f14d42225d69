package io.eventd.cluster.timer;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one timer thread of a member: parks until the head of the {@link DueQueue} is due (to the nanosecond the
 * platform allows), then hands the firing to {@code dispatch}, which must not block (it submits to an executor).
 * While {@code enabled} is false (event_scheduler OFF) it hands out nothing but keeps the queue.
 */
public final class FiringTimer {
    private static final long IDLE_PARK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DueQueue queue;
    private final Consumer<DueQueue.Due> dispatch;
    private final BooleanSupplier enabled;
    private final Thread thread;
    private volatile boolean stopped;

    public FiringTimer(String name, DueQueue queue, BooleanSupplier enabled, Consumer<DueQueue.Due> dispatch) {
        this.queue = queue;
        this.enabled = enabled;
        this.dispatch = dispatch;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** The queue's head may have changed (or the scheduler turned ON): re-check now. */
    public void wake() {
        LockSupport.unpark(thread);
    }

    /** Stops handing out firings; returns once the thread has ended. */
    public void stop() throws InterruptedException {
        stopped = true;
        wake();
        thread.join();
    }

    private void loop() {
        while (!stopped) {
            DueQueue.Due head = queue.head();
            if (head == null || !enabled.getAsBoolean()) {
                LockSupport.parkNanos(this, IDLE_PARK_NANOS);
                continue;
            }
            long waitNanos = nanosUntil(head.at());
            if (waitNanos > 0) {
                LockSupport.parkNanos(this, waitNanos);
                continue;
            }
            DueQueue.Due due = queue.pollDue(head.at());
            if (due != null) {
                dispatch.accept(due);
            }
        }
    }

    private static long nanosUntil(long epochSecond) {
        Instant now = Instant.now();
        return (epochSecond - now.getEpochSecond()) * 1_000_000_000L - now.getNano();
    }
}
