package io.eventd.cluster.front;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the engine's history map into {@link ClusterRunningExecutions}: a RUNNING record registers the run (with
 * the event's definer from the catalog), any final record removes it. Each member listens to the history entries
 * of its own partitions, so every record is seen once in the cluster; the work happens on one thread of its own, in
 * the order the records came.
 */
final class RunningFeed implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RunningFeed.class.getName());

    private final IMap<FiringKey, ExecutionRecord> history;
    private final IMap<EventKey, EventDefinition> catalog;
    private final ClusterRunningExecutions running;
    private final ExecutorService worker;
    private final UUID listener;
    /** Processlist ids of the runs this member registered (a run's records stay on one partition). */
    private final Map<FiringKey, Long> ids = new HashMap<>();

    RunningFeed(IMap<FiringKey, ExecutionRecord> history, IMap<EventKey, EventDefinition> catalog,
                ClusterRunningExecutions running, String nodeName) {
        this.history = history;
        this.catalog = catalog;
        this.running = running;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "eventd-running-feed-" + nodeName);
            thread.setDaemon(true);
            return thread;
        });
        this.listener = history.addLocalEntryListener(new Records(), Predicates.alwaysTrue(), true);
    }

    @Override
    public void close() {
        history.removeEntryListener(listener);
        worker.shutdownNow();
    }

    private void follow(ExecutionRecord record) {
        try {
            FiringKey key = FiringKey.of(record);
            if (record.status() == ExecutionStatus.RUNNING) {
                EventDefinition event = catalog.get(EventKey.of(record.schema(), record.event()));
                if (event != null) {
                    ids.put(key, running.started(record.node(), record.schema(), record.event(), event.definer(),
                            record.startedAt(), record.scheduledAt()).id());
                }
            } else if (record.status().isFinal()) {
                Long id = ids.remove(key);
                if (id != null) {
                    running.finished(id);
                } else {
                    // Registered before this member owned the record's partition: found by a cluster-wide query.
                    running.finished(record.schema(), record.event(), record.scheduledAt());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot follow the run of " + record.schema() + "." + record.event(), e);
        }
    }

    private final class Records implements EntryAddedListener<FiringKey, ExecutionRecord>,
            EntryUpdatedListener<FiringKey, ExecutionRecord> {
        @Override
        public void entryAdded(EntryEvent<FiringKey, ExecutionRecord> event) {
            worker.execute(() -> follow(event.getValue()));
        }

        @Override
        public void entryUpdated(EntryEvent<FiringKey, ExecutionRecord> event) {
            worker.execute(() -> follow(event.getValue()));
        }
    }
}
