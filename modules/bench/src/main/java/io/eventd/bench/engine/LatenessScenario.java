package io.eventd.bench.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * N events EVERY 1 SECOND whose body inserts (name, NOW(6)); after a warm-up, a window of whole seconds is read
 * back: lateness percentiles, duplicate rows and firings without a row.
 */
@Command(name = "lateness", mixinStandardHelpOptions = true,
        description = "Lateness of N events firing every second on 1 or more member processes")
final class LatenessScenario implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--events", defaultValue = "100", description = "events (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--members", defaultValue = "1", description = "member processes (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--warmup", defaultValue = "20", description = "seconds before the window (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--duration", defaultValue = "60", description = "seconds measured (default: ${DEFAULT-VALUE})")
    int duration;

    @Mixin
    RunThreads runThreads;

    @Override
    public Integer call() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("events", events);
        parameters.put("members", members + " (separate JVM processes)");
        parameters.put("warmup_s", warmup);
        parameters.put("duration_s", duration);
        parameters.put("run_threads", runThreads.value);
        Report report = new Report(common.results, "lateness", parameters);
        try (BenchRun run = new BenchRun(common, report, members, runThreads.value,
                layout -> new MemberProcesses(layout, report.folder(), common.memberHeap))) {
            // Created while the scheduler is OFF, then started together: with 10 000 events on 3 members, creating
            // them while the first ones already fired starved the requests (the node closed one: EOF).
            run.scheduler(false, 0);
            long created = System.nanoTime();
            BenchEvents.send(run.members, 0, events, i -> {
                String name = BenchEvents.name("l", i);
                return BenchEvents.everySecond(name, BenchEvents.recordFiring(name));
            }, 2);
            report.note(events + " events created in " + (System.nanoTime() - created) / 1_000_000
                    + " ms (event_scheduler OFF), then event_scheduler turned ON");
            run.scheduler(true, 0);
            long from = BenchRun.nowSecond() + 1 + warmup;
            long to = from + duration;
            BenchRun.sleepUntil(to + 5);
            run.scheduler(false, 0);
            Members.pause(3000);
            List<String> names = BenchRun.names("l", 0, events);
            FiringAnalysis analysis = FiringAnalysis.read(run.database, "l", from, to);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("events", events);
            row.put("members", members);
            row.putAll(analysis.summary(names));
            Percentiles delays = new Percentiles(analysis.startDelaysMillis());
            row.put("eventd_start_delay_p50_ms", Percentiles.round(delays.at(0.5)));
            row.put("eventd_start_delay_p99_ms", Percentiles.round(delays.at(0.99)));
            report.row("lateness", row);
            analysis.byMember().forEach(member -> report.row("lateness_by_member", member));
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("NOW(6) − scheduled, " + events + " events, " + members + " member(s)",
                    analysis.latenessMillis());
            series.put("eventd start delay (history)", analysis.startDelaysMillis());
            report.chart("lateness-cdf.svg", SvgChart.cdf("Lateness CDF", "milliseconds (log scale)", series));
        }
        return 0;
    }
}
