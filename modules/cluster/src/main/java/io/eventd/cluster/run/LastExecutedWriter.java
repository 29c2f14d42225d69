package io.eventd.cluster.run;

import io.eventd.core.event.EventKey;
import io.eventd.jdbc.store.JdbcCatalogStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Writes LAST_EXECUTED to MySQL behind the claims, off the claiming thread. In memory the runtime state's last
 * claim is LAST_EXECUTED already; MySQL's copy is what a full-cluster restart reads. Firings are merged with those
 * still waiting (the latest instant per event) and written by one thread as fast as MySQL takes them; what MySQL
 * refuses is kept (one entry per event at most) and tried again a second later.
 */
final class LastExecutedWriter {
    private static final Logger LOG = Logger.getLogger(LastExecutedWriter.class.getName());
    private static final long RETRY_MILLIS = 1_000;

    private final JdbcCatalogStore store;
    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("eventd-last-executed-"));
    private final Map<EventKey, Long> pending = new HashMap<>();
    private boolean flushQueued;

    LastExecutedWriter(JdbcCatalogStore store) {
        this.store = store;
    }

    /** The events {@code keys} were claimed for their firing at {@code at} (epoch seconds). */
    void executed(long at, Collection<EventKey> keys) {
        Map<EventKey, Long> firings = new HashMap<>();
        keys.forEach(key -> firings.put(key, at));
        if (!firings.isEmpty() && merge(firings)) {
            writer.execute(this::flush);
        }
    }

    /** Writes what is waiting, then stops. */
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }

    /** True when no flush is queued yet (the caller queues one). */
    private synchronized boolean merge(Map<EventKey, Long> firings) {
        firings.forEach((key, at) -> pending.merge(key, at, Math::max));
        boolean queue = !flushQueued;
        flushQueued = true;
        return queue;
    }

    private void flush() {
        Map<EventKey, Long> batch;
        synchronized (this) {
            batch = new HashMap<>(pending);
            pending.clear();
            flushQueued = false;
        }
        Map<Long, List<EventKey>> byInstant = new HashMap<>();
        batch.forEach((key, at) -> byInstant.computeIfAbsent(at, a -> new ArrayList<>()).add(key));
        try {
            byInstant.forEach(store::markExecuted);
        } catch (RuntimeException e) {
            LOG.warning("LAST_EXECUTED of " + batch.size() + " events not written (retrying): " + e.getMessage());
            if (merge(batch) && !writer.isShutdown()) {
                writer.schedule(this::flush, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }
}
