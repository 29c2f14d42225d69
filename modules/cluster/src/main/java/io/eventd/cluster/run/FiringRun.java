package io.eventd.cluster.run;

import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.body.BodyResult;
import io.eventd.jdbc.body.BodyRunner;
import io.eventd.jdbc.body.EventBody;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Runs the body of a claimed firing at its instant (DESIGN invariants 6, 8), unless this member lost its majority
 * since the claim (a minority side never fires: the run is SKIPPED), then settles it ({@link RunSettlement}).
 */
final class FiringRun {
    static final String MAJORITY_LOST = "this member lost its cluster majority between the claim and the instant";

    private final RunSettlement settlement;
    private final BodyRunner bodies;
    private final ClusterSettings settings;
    private final EngineMetrics metrics;
    private final BooleanSupplier majority;
    private volatile RunObserver observer = RunObserver.NONE;

    FiringRun(RunSettlement settlement, BodyRunner bodies, ClusterSettings settings, EngineMetrics metrics,
              BooleanSupplier majority) {
        this.settlement = settlement;
        this.bodies = bodies;
        this.settings = settings;
        this.metrics = metrics;
        this.majority = majority;
    }

    void observe(RunObserver runs) {
        this.observer = runs;
    }

    void run(PreparedRun run) {
        ExecutionRecord record = majority.getAsBoolean() ? runBody(run) : skipped(run);
        // The final record replaces the RUNNING one, so it waits for it (written long before, as a rule).
        run.recorded().exceptionally(failure -> null).join();
        settlement.settle(run, record);
    }

    private ExecutionRecord skipped(PreparedRun run) {
        metrics.execution(ExecutionStatus.SKIPPED);
        return Records.skipped(run.event(), run.scheduledAt(), Instant.now(), MAJORITY_LOST, settings.nodeName(),
                run.attempt(), run.token());
    }

    private ExecutionRecord runBody(PreparedRun run) {
        EventDefinition event = run.event();
        Instant started = Instant.now();
        metrics.started(Duration.between(Instant.ofEpochSecond(run.scheduledAt()), started));
        RunObserver runs = observer;
        long id = runs.started(event, run.scheduledAt(), started);
        try {
            BodyResult result = bodies.run(EventBody.of(event), settings.bodyTimeout());
            metrics.finished(result.elapsed());
            metrics.execution(result.status());
            return Records.finished(event, run.scheduledAt(), started, result, settings.nodeName(), run.attempt(),
                    run.token());
        } finally {
            runs.finished(id);
        }
    }
}
