package io.eventd.bench.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The throughput ceiling: events EVERY 1 SECOND added step by step (each step offers that many firings/s), with the
 * body {@code SELECT 1} and then a one-row INSERT; completed firings/s come from eventd's history. The baseline is a
 * raw JDBC loop of the same statement on as many connections as the members have run threads.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Firings/s of eventd vs a raw JDBC loop running the same statements")
final class ThroughputScenario implements Callable<Integer> {
    private static final String RAW_INSERT =
            "INSERT INTO bench.firings (event, fired) VALUES ('raw', UNIX_TIMESTAMP(NOW(6)))";

    @Mixin
    CommonOptions common;

    @Option(names = "--members", defaultValue = "1", description = "member processes (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--steps", defaultValue = "250,500,1000,2000", split = ",",
            description = "events (= offered firings/s) at each step (default: ${DEFAULT-VALUE})")
    List<Integer> steps;

    @Option(names = "--step-seconds", defaultValue = "20", description = "seconds measured per step and for "
            + "the raw loop (default: ${DEFAULT-VALUE})")
    int stepSeconds;

    @Option(names = "--warmup", defaultValue = "10", description = "seconds before each step's window "
            + "(default: ${DEFAULT-VALUE})")
    int warmup;

    @Mixin
    RunThreads runThreads;

    @Override
    public Integer call() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("members", members + " (separate JVM processes)");
        parameters.put("steps", steps);
        parameters.put("step_seconds", stepSeconds);
        parameters.put("warmup_s", warmup);
        parameters.put("run_threads", runThreads.value);
        parameters.put("raw_connections", runThreads.value * members);
        Report report = new Report(common.results, "throughput", parameters);
        try (BenchRun run = new BenchRun(common, report, members, runThreads.value,
                layout -> new MemberProcesses(layout, report.folder(), common.memberHeap))) {
            LinkedHashMap<String, Double> chart = new LinkedHashMap<>();
            measure(run, "SELECT 1", "s", name -> "SELECT 1", "SELECT 1", chart);
            measure(run, "INSERT one row", "i", BenchEvents::recordFiring, RAW_INSERT, chart);
            report.chart("throughput.svg", SvgChart.bars("Firings/s: eventd (best step) vs raw JDBC loop",
                    "statements per second", chart));
        }
        return 0;
    }

    private void measure(BenchRun run, String label, String prefix, Function<String, String> body,
            String rawSql, LinkedHashMap<String, Double> chart) {
        double best = 0;
        int created = 0;
        run.scheduler(true, 0);
        for (int events : steps) {
            BenchEvents.send(run.members, created, events,
                    i -> BenchEvents.everySecond(BenchEvents.name(prefix, i), body.apply(BenchEvents.name(prefix, i))),
                    2);
            created = events;
            long from = BenchRun.nowSecond() + 1 + warmup;
            long to = from + stepSeconds;
            BenchRun.sleepUntil(to + 5);
            FiringAnalysis analysis = FiringAnalysis.read(run.database, prefix, from, to);
            double perSecond = analysis.historyCount("SUCCESS") / (double) stepSeconds;
            best = Math.max(best, perSecond);
            Percentiles delays = new Percentiles(analysis.startDelaysMillis());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("body", label);
            row.put("offered_firings_per_s", events);
            row.put("succeeded_per_s", Percentiles.round(perSecond));
            row.put("skipped", analysis.historyCount("SKIPPED"));
            row.put("failed", analysis.historyCount("FAILED"));
            row.put("start_delay_p50_ms", Percentiles.round(delays.at(0.5)));
            row.put("start_delay_p99_ms", Percentiles.round(delays.at(0.99)));
            run.report.row("eventd steps", row);
        }
        run.scheduler(false, 0);
        // the next body's steps must not share the members with these events
        BenchEvents.send(run.members, 0, created, i -> "DROP EVENT " + BenchEvents.name(prefix, i), 2);
        Members.pause(3000);
        int connections = runThreads.value * members;
        double raw = RawJdbcLoop.statementsPerSecond(run.database, rawSql, connections, stepSeconds);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("body", label);
        row.put("eventd_best_firings_per_s", Percentiles.round(best));
        row.put("raw_jdbc_statements_per_s", Percentiles.round(raw));
        row.put("raw_connections", connections);
        row.put("ratio_eventd_to_raw", Percentiles.round(best / raw));
        run.report.row("ratio", row);
        chart.put("eventd " + label, best);
        chart.put("raw " + label, raw);
    }
}
