package io.eventd.cluster.metrics;

import io.eventd.core.history.ExecutionStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The engine's meters, tagged with the node name except the start delay (a contract meter, see
 * deploy/prometheus/README.md): {@code eventd.firings} (counter, tag outcome = SUCCESS|FAILED|SKIPPED|ABANDONED:
 * all events together; the per-event {@code eventd.executions} are {@link ClusterMeters}'),
 * {@code eventd.start.delay} (timer: actual start minus scheduled instant, i.e. lateness; a histogram with
 * buckets from 1 ms to 10 s, {@code eventd_start_delay_seconds_bucket} in Prometheus),
 * {@code eventd.execution.duration} (timer), {@code eventd.running} (gauge: bodies running now),
 * {@code eventd.claims} (counter, tag result = won|lost, stage = runtime|durable),
 * {@code eventd.lock.contention} (counter: firings that found the event lock taken),
 * {@code eventd.firings.refused} (counter: firings refused by split-brain protection),
 * {@code eventd.ownership.repairs} (counter: owned events the ownership audit found unscheduled and picked up),
 * {@code eventd.owned.events} (gauge: events this member schedules).
 */
public final class EngineMetrics {
    private static final Duration[] START_DELAY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final String node;
    private final Timer startDelay;
    private final Timer duration;
    private final AtomicInteger running = new AtomicInteger();
    private final Counter lockContention;
    private final Counter refused;
    private final Counter repairs;

    public EngineMetrics(MeterRegistry registry, String node) {
        this.registry = registry;
        this.node = node;
        this.startDelay = Timer.builder("eventd.start.delay")
                .description("Scheduled instant to body start").publishPercentileHistogram()
                .serviceLevelObjectives(START_DELAY_BUCKETS).minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(registry);
        this.duration = Timer.builder("eventd.execution.duration").tag("node", node).register(registry);
        this.lockContention = Counter.builder("eventd.lock.contention").tag("node", node).register(registry);
        this.refused = Counter.builder("eventd.firings.refused").tag("node", node).register(registry);
        this.repairs = Counter.builder("eventd.ownership.repairs").tag("node", node).register(registry);
        Gauge.builder("eventd.running", running, AtomicInteger::get).tag("node", node).register(registry);
    }

    /** Exports {@code ownedEvents}, the number of events this member schedules (known once its events are). */
    public void countOwned(Supplier<Number> ownedEvents) {
        Gauge.builder("eventd.owned.events", ownedEvents).tag("node", node).register(registry);
    }

    public void execution(ExecutionStatus outcome) {
        Counter.builder("eventd.firings").tag("node", node).tag("outcome", outcome.name()).register(registry)
                .increment();
    }

    public void started(Duration lateness) {
        startDelay.record(lateness.isNegative() ? Duration.ZERO : lateness);
        running.incrementAndGet();
    }

    public void finished(Duration elapsed) {
        running.decrementAndGet();
        duration.record(elapsed);
    }

    public void claim(boolean won, String stage) {
        Counter.builder("eventd.claims").tag("node", node).tag("result", won ? "won" : "lost").tag("stage", stage)
                .register(registry).increment();
    }

    public void lockContended() {
        lockContention.increment();
    }

    public void refusedBySplitBrainProtection() {
        refused.increment();
    }

    public void pickedUpByAudit() {
        repairs.increment();
    }

    public Timer startDelay() {
        return startDelay;
    }
}
