package io.eventd.cluster.timer;

import io.eventd.core.event.EventKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The one timer thread of a member: parks until the head of the {@link DueQueue} is {@code ahead} of being due,
 * then hands every event due at that instant to {@code dispatch} in one batch (which claims them before the instant
 * and must not block: it submits to an executor). While {@code enabled} is false (event_scheduler OFF) it hands out
 * nothing but keeps the queue.
 */
public final class FiringTimer {
    private static final long IDLE_PARK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Receives the events due at one instant. */
    @FunctionalInterface
    public interface Dispatch {
        void due(long at, List<EventKey> keys);
    }

    private final DueQueue queue;
    private final long aheadNanos;
    private final Dispatch dispatch;
    private final BooleanSupplier enabled;
    private final Thread thread;
    private volatile boolean stopped;

    public FiringTimer(String name, DueQueue queue, Duration ahead, BooleanSupplier enabled, Dispatch dispatch) {
        this.queue = queue;
        this.aheadNanos = ahead.toNanos();
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
            long waitNanos = nanosUntil(head.at()) - aheadNanos;
            if (waitNanos > 0) {
                LockSupport.parkNanos(this, waitNanos);
                continue;
            }
            List<EventKey> due = queue.pollAt(head.at());
            if (!due.isEmpty()) {
                dispatch.due(head.at(), due);
            }
        }
    }

    private static long nanosUntil(long epochSecond) {
        Instant now = Instant.now();
        return (epochSecond - now.getEpochSecond()) * 1_000_000_000L - now.getNano();
    }
}
