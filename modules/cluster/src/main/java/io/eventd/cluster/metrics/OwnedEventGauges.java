package io.eventd.cluster.metrics;

import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
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
import java.util.logging.Logger;

/**
 * The per-event gauges of the events this member owns (its primary catalog partitions), one series per event:
 * {@code eventd.event.next.fire.timestamp.seconds} (enabled events with a next firing) and
 * {@code eventd.event.last.success.timestamp.seconds}, plus {@code eventd.events{status}}, the owned events by
 * status. {@link #refresh()} sets which series exist (events that moved away or were dropped lose theirs); the
 * timestamps themselves are read at scrape time, so a scrape never sees a next firing already past. A member owning
 * more than {@link #PER_EVENT_SERIES_LIMIT} events exports only the counts by status.
 */
final class OwnedEventGauges {
    private static final Logger LOG = Logger.getLogger(OwnedEventGauges.class.getName());
    /** Owned events beyond which a member exports no per-event series (Prometheus' cardinality, refresh cost). */
    static final int PER_EVENT_SERIES_LIMIT = 10_000;

    private final int perEventSeriesLimit;
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
    private boolean perEventSeries = true;

    OwnedEventGauges(MeterRegistry registry, IMap<EventKey, EventDefinition> catalog,
                     IMap<EventKey, RuntimeState> runtime, Function<EventKey, Optional<Long>> nextFireSeconds,
                     int perEventSeriesLimit) {
        this.perEventSeriesLimit = perEventSeriesLimit;
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
        if (keys.size() > perEventSeriesLimit) {
            countOnly(keys.size());
            return;
        }
        perEventSeries = true;
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
        registerCounts();
    }

    /**
     * Past the limit of owned events ({@link #PER_EVENT_SERIES_LIMIT} in a node): no per-event series (a scrape of
     * a million series helps no one, and reading every owned event each time would cost seconds); the counts by
     * status are read from the member's own entries, a local query per status.
     */
    private void countOnly(int owned) {
        if (perEventSeries) {
            LOG.warning("this member owns " + owned + " events, more than " + perEventSeriesLimit + ": the "
                    + "per-event gauges (next fire, last success) are not exported while it does");
            perEventSeries = false;
        }
        Map<EventStatus, Integer> counts = new EnumMap<>(EventStatus.class);
        for (EventStatus status : EventStatus.values()) {
            counts.put(status, countOwned(status));
        }
        this.counts = counts;
        this.lastSuccessMillis = Map.of();
        nextFire.register(List.of(), true);
        lastSuccess.register(List.of(), true);
        registerCounts();
    }

    private int countOwned(EventStatus status) {
        try {
            return catalog.localKeySet(Predicates.equal("status", status.name())).size();
        } catch (SplitBrainProtectionException e) {
            return 0;
        }
    }

    private void registerCounts() {
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
