package io.eventd.bench;

import io.eventd.core.engine.StatementResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * StatementExecutor.execute(String, Session) of CREATE EVENT against an in-memory engine: parse, validation,
 * schedule evaluation, the coming firings and the catalog store. Each invocation creates a new event name; the
 * engine is replaced every {@link #EVENTS_PER_ENGINE} events so memory and the catalog's size stay bounded.
 * Eight warmup iterations, as for {@link ParseBenchmark}: the statement path needs 10-16 s to be compiled.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ValidateBenchmark {
    private static final int EVENTS_PER_ENGINE = 10_000;

    private OfflineEngine engine;
    private long created;
    private OfflineEngine failing;

    @Setup
    public void checkOutcomes() {
        engine = new OfflineEngine();
        failing = new OfflineEngine();
        EventStatements.mix("check_shape").forEach(text -> expectCode(new OfflineEngine().execute(text), 0));
        expectCode(failing.execute(EventStatements.NOT_POSITIVE_INTERVAL), 1542);
        expectCode(failing.execute(EventStatements.SYNTAX_ERROR), 1064);
    }

    /** The three shapes in turn (simple, STARTS/ENDS with INTERVAL arithmetic, compound body). */
    @Benchmark
    public StatementResult createEventMix() {
        if (created % EVENTS_PER_ENGINE == 0) {
            engine = new OfflineEngine();
        }
        String name = "e" + created;
        String text = switch ((int) (created % 3)) {
            case 0 -> EventStatements.simple(name);
            case 1 -> EventStatements.startsEnds(name);
            default -> EventStatements.compound(name);
        };
        created++;
        return engine.execute(text);
    }

    @Benchmark
    public StatementResult createFailing1542NotPositiveInterval() {
        return failing.execute(EventStatements.NOT_POSITIVE_INTERVAL);
    }

    @Benchmark
    public StatementResult createFailing1064SyntaxError() {
        return failing.execute(EventStatements.SYNTAX_ERROR);
    }

    private static void expectCode(StatementResult result, int code) {
        int actual = result.ok() ? 0 : result.error().code();
        if (actual != code) {
            throw new IllegalStateException("expected " + code + " but got " + (result.ok() ? "OK" : result.error()));
        }
    }
}
