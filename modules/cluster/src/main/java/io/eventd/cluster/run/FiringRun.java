package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.runtime.ReleaseProcessor;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.body.BodyResult;
import io.eventd.jdbc.body.BodyRunner;
import io.eventd.jdbc.body.EventBody;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the body of a claimed firing at its instant (DESIGN invariants 6, 8): records the outcome, completes the
 * event after its last firing (drop or disable), and releases the event's lock.
 */
final class FiringRun {
    private final IMap<EventKey, EventDefinition> catalog;
    private final IMap<EventKey, RuntimeState> runtime;
    private final HistoryRecorder history;
    private final BodyRunner bodies;
    private final ClusterSettings settings;
    private final EngineMetrics metrics;

    FiringRun(EngineMaps maps, HistoryRecorder history, BodyRunner bodies, ClusterSettings settings,
              EngineMetrics metrics) {
        this.catalog = maps.catalog();
        this.runtime = maps.runtime();
        this.history = history;
        this.bodies = bodies;
        this.settings = settings;
        this.metrics = metrics;
    }

    void run(PreparedRun run) {
        EventDefinition event = run.event();
        Instant started = Instant.now();
        metrics.started(Duration.between(Instant.ofEpochSecond(run.scheduledAt()), started));
        BodyResult result = bodies.run(EventBody.of(event), settings.bodyTimeout());
        metrics.finished(result.elapsed());
        metrics.execution(result.status());
        try {
            history.record(run.firing(), Records.finished(event, run.scheduledAt(), started, result,
                    settings.nodeName(), run.attempt(), run.token()));
        } finally {
            end(run);
        }
    }

    /** Completes the event after its last firing, and releases the event's lock. */
    private void end(PreparedRun run) {
        EventKey key = run.event().key();
        if (run.last()) {
            catalog.executeOnKey(key, new CatalogCommandProcessor(new CatalogCommand.Fired(run.scheduledAt(), true)));
        }
        runtime.executeOnKey(key, new ReleaseProcessor(run.token()));
    }
}
