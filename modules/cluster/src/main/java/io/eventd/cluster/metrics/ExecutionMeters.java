package io.eventd.cluster.metrics;

import io.eventd.cluster.run.HistoryRecorder;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Follows the final records this member writes ({@link HistoryRecorder}): counts
 * {@code eventd.executions{schema,event,outcome}} for the runs this member recorded. Work is a counter increment,
 * done on the recording thread. (The end of an event's last success is kept on its runtime state.)
 */
final class ExecutionMeters implements AutoCloseable {
    static final String EXECUTIONS = "eventd.executions";

    private final MeterRegistry registry;
    private static final long FORGET_SECONDS = 60;

    private final String nodeName;
    private final HistoryRecorder history;
    private final Consumer<ExecutionRecord> follower = this::follow;
    private final Map<EventKey, Set<Counter>> counters = new ConcurrentHashMap<>();
    /** When dropped events were dropped (epoch seconds): runs claimed just before a DROP end after it. */
    private final Map<EventKey, Long> droppedAt = new ConcurrentHashMap<>();

    ExecutionMeters(MeterRegistry registry, String nodeName, HistoryRecorder history) {
        this.registry = registry;
        this.nodeName = nodeName;
        this.history = history;
        history.follow(follower);
    }

    /** The event was dropped: its counters go (no stale series). */
    void forget(EventKey key) {
        long now = Instant.now().getEpochSecond();
        droppedAt.values().removeIf(at -> at < now - FORGET_SECONDS);
        droppedAt.put(key, now);
        Set<Counter> removed = counters.remove(key);
        if (removed != null) {
            removed.forEach(registry::remove);
        }
    }

    @Override
    public void close() {
        history.unfollow(follower);
        counters.values().forEach(list -> list.forEach(registry::remove));
        counters.clear();
    }

    private void follow(ExecutionRecord record) {
        EventKey key = EventKey.of(record.schema(), record.event());
        Long dropped = droppedAt.get(key);
        if (dropped != null && record.scheduledAt() <= dropped + 1) {
            return;
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
}
