package io.eventd.cluster.metrics;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.map.listener.EntryRemovedListener;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.run.EngineMaps;
import io.eventd.cluster.run.HistoryRecorder;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The meters of the Prometheus contract (deploy/prometheus/README.md) that describe the cluster and its events,
 * beside the engine's own ({@link EngineMetrics}): {@code eventd.cluster.members},
 * {@code eventd.cluster.expected.members}, {@code eventd.quorum.present}, the executions per event
 * ({@link ExecutionMeters}) and the gauges of the events this member owns ({@link OwnedEventGauges}, re-read every
 * second, or less often when re-reading takes long). They stop, and their series go, when the Hazelcast member shuts
 * down.
 */
public final class ClusterMeters {
    private static final Logger LOG = Logger.getLogger(ClusterMeters.class.getName());
    private static final long REFRESH_MILLIS = 1_000;
    /** The next refresh waits this many times as long as the last one took: refreshes use at most 1/20 of a core. */
    private static final long REFRESH_PAUSE_FACTOR = 20;

    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final MeterRegistry registry;
    private final List<Meter> clusterGauges;
    private final ExecutionMeters executions;
    private final OwnedEventGauges events;
    private final UUID dropListener;
    private final ScheduledExecutorService refresher;

    private ClusterMeters(HazelcastInstance hazelcast, EngineMaps maps, HistoryRecorder history,
                          ClusterSettings settings, Function<EventKey, Optional<Long>> nextFireSeconds,
                          MeterRegistry registry) {
        this.hazelcast = hazelcast;
        this.maps = maps;
        this.registry = registry;
        this.clusterGauges = List.of(
                Gauge.builder("eventd.cluster.members", () -> hazelcast.getCluster().getMembers().size())
                        .description("Members this member sees").register(registry),
                Gauge.builder("eventd.cluster.expected.members", settings::expectedMembers)
                        .description("The planned cluster size").register(registry),
                Gauge.builder("eventd.quorum.present", () -> quorumPresent() ? 1 : 0)
                        .description("1 when this member's side holds the split-brain minimum of members")
                        .register(registry));
        this.executions = new ExecutionMeters(registry, settings.nodeName(), history);
        this.events = new OwnedEventGauges(registry, maps.catalog(), maps.runtime(), nextFireSeconds,
                OwnedEventGauges.PER_EVENT_SERIES_LIMIT);
        this.dropListener = maps.catalog().addEntryListener(
                (EntryRemovedListener<EventKey, EventDefinition>) this::dropped, false);
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "eventd-metrics-" + settings.nodeName());
            thread.setDaemon(true);
            return thread;
        });
        refresher.execute(this::refresh);
        hazelcast.getLifecycleService().addLifecycleListener(event -> {
            if (event.getState() == LifecycleEvent.LifecycleState.SHUTTING_DOWN) {
                stop();
            }
        });
    }

    /**
     * Registers the meters of a started member; {@code nextFireSeconds}: an event's next firing as its owner
     * computes it (empty when none).
     */
    public static ClusterMeters start(HazelcastInstance hazelcast, EngineMaps maps, HistoryRecorder history,
                                      ClusterSettings settings, Function<EventKey, Optional<Long>> nextFireSeconds,
                                      MeterRegistry registry) {
        return new ClusterMeters(hazelcast, maps, history, settings, nextFireSeconds, registry);
    }

    private boolean quorumPresent() {
        return hazelcast.getSplitBrainProtectionService()
                .getSplitBrainProtection(ClusterMaps.SPLIT_BRAIN_PROTECTION).hasMinimumSize();
    }

    private void dropped(EntryEvent<EventKey, EventDefinition> event) {
        executions.forget(event.getKey());
    }

    /**
     * Re-reads the owned events, then schedules the next re-read: every second, or less often when a re-read takes
     * longer than 1/{@value #REFRESH_PAUSE_FACTOR} of that (a member owning a million events).
     */
    private void refresh() {
        long started = System.nanoTime();
        try {
            events.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot re-read the owned events' gauges; retrying", e);
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        try {
            refresher.schedule(this::refresh, Math.max(REFRESH_MILLIS, REFRESH_PAUSE_FACTOR * tookMillis),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "metrics stopped", e);
        }
    }

    private void stop() {
        refresher.shutdownNow();
        try {
            maps.catalog().removeEntryListener(dropListener);
            executions.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "listeners already gone with the member", e);
        }
        events.clear();
        clusterGauges.forEach(registry::remove);
    }
}
