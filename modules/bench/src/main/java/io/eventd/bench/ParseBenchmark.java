package io.eventd.bench;

import io.eventd.core.sql.Parser;
import io.eventd.core.sql.ast.Statement;
import java.util.List;
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
 * Parser.parse of CREATE EVENT texts: each shape alone and a mix cycling through the three. Eight warmup iterations:
 * on the shared 2-core machine the parser's code needs 10-16 s of C2 compilation to reach steady state.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ParseBenchmark {
    private final String simple = EventStatements.simple("bench.purge_audit");
    private final String startsEnds = EventStatements.startsEnds("rotate");
    private final String compound = EventStatements.compound("`purge orders`");
    private List<String> mix;
    private int next;

    @Setup
    public void checkTextsParse() {
        mix = List.of(simple, startsEnds, compound);
        mix.forEach(text -> {
            if (!(Parser.parse(text) instanceof Statement.CreateEvent)) {
                throw new IllegalStateException("not a CREATE EVENT: " + text);
            }
        });
    }

    @Benchmark
    public Statement simple() {
        return Parser.parse(simple);
    }

    @Benchmark
    public Statement startsEndsIntervalArithmetic() {
        return Parser.parse(startsEnds);
    }

    @Benchmark
    public Statement compoundBody() {
        return Parser.parse(compound);
    }

    @Benchmark
    public Statement mix() {
        String text = mix.get(next);
        next = (next + 1) % mix.size();
        return Parser.parse(text);
    }
}
