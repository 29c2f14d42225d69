package io.eventd.cluster.metrics;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows every final record of the engine's history map (a cluster-wide listener: each member hears every run):
 * counts {@code eventd.executions{schema,event,outcome}} for the runs this member recorded, and remembers each
 * event's last successful end, so that whichever member owns the event later exports it. Work is a counter
 * increment and a map update, done on Hazelcast's event thread.
 */
final class ExecutionMeters implements AutoCloseable {
    static final String EXECUTIONS = "eventd.executions";

    private final MeterRegistry registry;
    private static final long FORGET_SECONDS = 60;

    private final String nodeName;
    private final IMap<FiringKey, ExecutionRecord> history;
    private final UUID listener;
    private final Map<EventKey, Set<Counter>> counters = new ConcurrentHashMap<>();
    private final Map<EventKey, Long> lastSuccessMillis = new ConcurrentHashMap<>();
    /** When dropped events were dropped (epoch seconds): runs claimed just before a DROP end after it. */
    private final Map<EventKey, Long> droppedAt = new ConcurrentHashMap<>();

    ExecutionMeters(MeterRegistry registry, String nodeName, IMap<FiringKey, ExecutionRecord> history) {
        this.registry = registry;
        this.nodeName = nodeName;
        this.history = history;
        this.listener = history.addEntryListener(new Records(), true);
    }

    /** End of the last successful run of {@code key} this member heard of. */
    Optional<Long> lastSuccessMillis(EventKey key) {
        return Optional.ofNullable(lastSuccessMillis.get(key));
    }

    /** The event was dropped: its counters go (no stale series) and its last success is forgotten. */
    void forget(EventKey key) {
        long now = Instant.now().getEpochSecond();
        droppedAt.values().removeIf(at -> at < now - FORGET_SECONDS);
        droppedAt.put(key, now);
        lastSuccessMillis.remove(key);
        Set<Counter> removed = counters.remove(key);
        if (removed != null) {
            removed.forEach(registry::remove);
        }
    }

    @Override
    public void close() {
        history.removeEntryListener(listener);
        counters.values().forEach(list -> list.forEach(registry::remove));
        counters.clear();
    }

    private void follow(ExecutionRecord before, ExecutionRecord record) {
        if (!record.status().isFinal() || before != null && before.status() == record.status()) {
            return;
        }
        EventKey key = EventKey.of(record.schema(), record.event());
        Long dropped = droppedAt.get(key);
        if (dropped != null && record.scheduledAt() <= dropped + 1) {
            return;
        }
        if (record.status() == ExecutionStatus.SUCCESS && record.finishedAt() != null) {
            lastSuccessMillis.merge(key, record.finishedAt().toEpochMilli(), Math::max);
        }
        if (record.node().equals(nodeName)) {
            Counter counter = Counter.builder(EXECUTIONS).description("Event bodies run by this member, by outcome")
                    .tag("schema", record.schema()).tag("event", record.event())
                    .tag("outcome", outcome(record.status())).register(registry);
            counters.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(counter);
            counter.increment();
        }
    }

    /** SUCCESS → succeeded, FAILED → failed, SKIPPED → skipped, ABANDONED → abandoned. */
    static String outcome(ExecutionStatus status) {
        return switch (status) {
            case SUCCESS -> "succeeded";
            default -> status.name().toLowerCase(Locale.ROOT);
        };
    }

    private final class Records implements EntryAddedListener<FiringKey, ExecutionRecord>,
            EntryUpdatedListener<FiringKey, ExecutionRecord> {
        @Override
        public void entryAdded(EntryEvent<FiringKey, ExecutionRecord> event) {
            follow(null, event.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<FiringKey, ExecutionRecord> event) {
            follow(event.getOldValue(), event.getValue());
        }
    }
}
