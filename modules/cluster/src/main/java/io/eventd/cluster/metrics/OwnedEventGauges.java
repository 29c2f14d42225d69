package io.eventd.cluster.metrics;

import com.hazelcast.map.IMap;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The per-event gauges of the events this member owns (its primary catalog partitions), one series per event:
 * {@code eventd.event.next.fire.timestamp.seconds} (enabled events with a next firing) and
 * {@code eventd.event.last.success.timestamp.seconds}, plus {@code eventd.events{status}}, the owned events by
 * status. {@link #refresh()} sets which series exist (events that moved away or were dropped lose theirs); the
 * timestamps themselves are read at scrape time, so a scrape never sees a next firing already past.
 */
final class OwnedEventGauges {
    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final Function<EventKey, Optional<Long>> nextFireSeconds;
    /** End of the last success of each owned event (epoch millis), as of the last refresh. */
    private volatile Map<EventKey, Long> lastSuccessMillis = Map.of();
    private final MultiGauge nextFire;
    private final MultiGauge lastSuccess;
    private final MultiGauge byStatus;
    private volatile Map<EventStatus, Integer> counts = new EnumMap<>(EventStatus.class);
    private boolean cleared;

    OwnedEventGauges(MeterRegistry registry, IMap<EventKey, EventDefinition> catalog,
                     IMap<EventKey, RuntimeState> runtime, Function<EventKey, Optional<Long>> nextFireSeconds) {
        this.catalog = catalog;
        this.runtime = runtime;
        this.nextFireSeconds = nextFireSeconds;
        this.nextFire = MultiGauge.builder("eventd.event.next.fire.timestamp.seconds")
                .description("Next scheduled instant of an enabled event this member owns, Unix seconds")
                .register(registry);
        this.lastSuccess = MultiGauge.builder("eventd.event.last.success.timestamp.seconds")
                .description("End of the last successful run of an event this member owns, Unix seconds")
                .register(registry);
        this.byStatus = MultiGauge.builder("eventd.events").description("Events this member owns, by status")
                .register(registry);
    }

    /** Re-reads which events this member owns; a minority side owns none (its catalog is closed). */
    synchronized void refresh() {
        if (cleared) {
            return;
        }
        Set<EventKey> keys = catalog.localKeySet();
        List<EventDefinition> owned = owned(keys);
        Map<EventKey, Long> successes = new HashMap<>();
        runtimeOf(keys).forEach((key, state) -> {
            if (state.lastSuccessMillis() > 0) {
                successes.put(key, state.lastSuccessMillis());
            }
        });
        this.lastSuccessMillis = successes;
        List<MultiGauge.Row<?>> next = new ArrayList<>();
        List<MultiGauge.Row<?>> success = new ArrayList<>();
        Map<EventStatus, Integer> counts = new EnumMap<>(EventStatus.class);
        for (EventStatus status : EventStatus.values()) {
            counts.put(status, 0);
        }
        for (EventDefinition event : owned) {
            EventKey key = event.key();
            Tags tags = Tags.of("schema", event.schema(), "event", event.name());
            counts.merge(event.status(), 1, Integer::sum);
            if (event.status() == EventStatus.ENABLED && nextFireSeconds.apply(key).isPresent()) {
                next.add(MultiGauge.Row.of(tags, key, k -> nextFireSeconds.apply(k).map(Long::doubleValue)
                        .orElse(Double.NaN)));
            }
            if (successes.containsKey(key)) {
                success.add(MultiGauge.Row.of(tags, key, k -> Optional.ofNullable(this.lastSuccessMillis.get(k))
                        .map(millis -> millis / 1000.0).orElse(Double.NaN)));
            }
        }
        this.counts = counts;
        // Existing series keep their live value function; only series of events gone are removed.
        nextFire.register(next, false);
        lastSuccess.register(success, false);
        byStatus.register(counts.keySet().stream().map(status -> MultiGauge.Row.of(
                Tags.of("status", status.name()), () -> this.counts.get(status))).toList(), false);
    }

    /** Removes every series for good (the member stops). */
    synchronized void clear() {
        cleared = true;
        nextFire.register(List.of(), false);
        lastSuccess.register(List.of(), false);
        byStatus.register(List.of(), false);
    }

    private List<EventDefinition> owned(Set<EventKey> keys) {
        try {
            return new ArrayList<>(catalog.getAll(keys).values());
        } catch (SplitBrainProtectionException e) {
            return List.of();
        }
    }

    private Map<EventKey, RuntimeState> runtimeOf(Set<EventKey> keys) {
        try {
            return runtime.getAll(keys);
        } catch (SplitBrainProtectionException e) {
            return Map.of();
        }
    }
}
