package io.eventd.bench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Member processes run K events EVERY 1 SECOND; the member leading the most events (GET /v1/cluster) is SIGKILLed.
 * Per event, the gap from the kill to its next body row; duplicates and missing firings around the kill, from body
 * rows, history and claims.
 */
@Command(name = "failover", mixinStandardHelpOptions = true,
        description = "Gap between SIGKILL of the busiest member and the next firing of each of its events")
final class FailoverScenario implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--events", defaultValue = "300", description = "events (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--members", defaultValue = "3", description = "member processes (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--warmup", defaultValue = "20", description = "seconds of firing before the kill "
            + "(default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--after", defaultValue = "30", description = "seconds observed after the kill "
            + "(default: ${DEFAULT-VALUE})")
    int after;

    @Mixin
    RunThreads runThreads;

    @Override
    public Integer call() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("events", events);
        parameters.put("members", members + " (separate JVM processes)");
        parameters.put("warmup_s", warmup);
        parameters.put("after_kill_s", after);
        parameters.put("run_threads", runThreads.value);
        parameters.put("failure_detection", "eventd defaults: heartbeat 1 s, max-no-heartbeat 5 s");
        Report report = new Report(common.results, "failover", parameters);
        try (BenchRun run = new BenchRun(common, report, members, runThreads.value,
                layout -> new MemberProcesses(layout, report.folder(), common.memberHeap))) {
            BenchEvents.send(run.members, 0, events, i -> {
                String name = BenchEvents.name("f", i);
                return BenchEvents.everySecond(name, BenchEvents.recordFiring(name));
            }, 2);
            long from = BenchRun.nowSecond() + 1;
            BenchRun.sleepUntil(from + warmup);
            Map<Integer, Set<String>> leads = leads(run.members.http(0));
            int victim = leads.entrySet().stream().max(Map.Entry.comparingByValue(
                    (a, b) -> Integer.compare(a.size(), b.size()))).orElseThrow().getKey();
            long killedAt = ((MemberProcesses) run.members).kill(victim);
            report.note("SIGKILL of " + ClusterLayout.nodeName(victim) + " leading " + leads.get(victim).size()
                    + " of " + events + " events, at epoch µs " + killedAt);
            long to = killedAt / 1_000_000 + after;
            BenchRun.sleepUntil(to + 5);
            run.scheduler(false, (victim + 1) % members);
            Members.pause(3000);
            FiringAnalysis analysis = FiringAnalysis.read(run.database, "f", from, to);
            List<Double> victimGaps = new ArrayList<>();
            List<Double> otherGaps = new ArrayList<>();
            int neverResumed = 0;
            for (String event : BenchRun.names("f", 0, events)) {
                Double gap = gapAfter(analysis.rowsByEvent().getOrDefault(event, List.of()), killedAt);
                boolean ledByVictim = leads.get(victim).contains(event);
                if (gap == null) {
                    neverResumed += ledByVictim ? 1 : 0;
                } else {
                    (ledByVictim ? victimGaps : otherGaps).add(gap);
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("victim_events", leads.get(victim).size());
            Percentiles killed = percentiles(victimGaps);
            Percentiles others = percentiles(otherGaps);
            row.put("gap_p50_ms", Percentiles.round(killed.at(0.5)));
            row.put("gap_p99_ms", Percentiles.round(killed.at(0.99)));
            row.put("gap_max_ms", Percentiles.round(killed.max()));
            row.put("never_resumed", neverResumed);
            row.put("survivors_gap_p50_ms", Percentiles.round(others.at(0.5)));
            row.put("survivors_gap_max_ms", Percentiles.round(others.max()));
            report.row("failover gap (kill → next body row)", row);
            report.row("firings from " + from + " to " + to + " (epoch s)",
                    analysis.summary(BenchRun.names("f", 0, events)));
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("events of the killed member", killed.sorted());
            series.put("events of the survivors", others.sorted());
            report.chart("failover-gap-cdf.svg", SvgChart.cdf("Gap from SIGKILL to the next firing",
                    "milliseconds (log scale)", series));
        }
        return 0;
    }

    /** Member index → the events it leads (lower-case names of schema bench). */
    private static Map<Integer, Set<String>> leads(EventdHttp http) {
        JsonNode cluster = http.get("/v1/cluster").body();
        Map<Integer, Set<String>> leads = new LinkedHashMap<>();
        for (JsonNode member : cluster.get("members")) {
            int index = Integer.parseInt(member.get("name").asText().substring("node".length()));
            Set<String> names = new HashSet<>();
            for (JsonNode event : member.get("leads")) {
                String qualified = event.asText().toLowerCase(Locale.ROOT);
                names.add(qualified.substring(qualified.indexOf('.') + 1));
            }
            leads.put(index, names);
        }
        return leads;
    }

    private static Double gapAfter(List<FiringAnalysis.Row> rows, long killedAt) {
        OptionalLong next = rows.stream().mapToLong(FiringAnalysis.Row::firedMicros)
                .filter(fired -> fired > killedAt).min();
        return next.isPresent() ? (next.getAsLong() - killedAt) / 1000.0 : null;
    }

    private static Percentiles percentiles(List<Double> values) {
        return new Percentiles(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
