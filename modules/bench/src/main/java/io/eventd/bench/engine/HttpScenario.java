package io.eventd.bench.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The HTTP front door (issue 4's measures) on member processes with a catalog of N events: DDL round trips over
 * POST /v1/sql spread over the members, full SHOW EVENTS latency, and the requests/s one node sustains for
 * SHOW EVENTS LIKE with concurrent clients (bearer token: no bcrypt per request).
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "POST /v1/sql latency (DDL, SHOW EVENTS) and SHOW EVENTS LIKE requests/s on one node")
final class HttpScenario implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--members", defaultValue = "3", description = "member processes (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--events", defaultValue = "10000", description = "events in the catalog (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--ddl-probes", defaultValue = "200", description = "CREATE + ALTER + DROP rounds "
            + "(default: ${DEFAULT-VALUE})")
    int ddlProbes;

    @Option(names = "--show-requests", defaultValue = "20", description = "full SHOW EVENTS requests "
            + "(default: ${DEFAULT-VALUE})")
    int showRequests;

    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients of SHOW EVENTS LIKE "
            + "(default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "seconds of SHOW EVENTS LIKE load "
            + "(default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("members", members + " (separate JVM processes)");
        parameters.put("events", events + " (EVERY 1 DAY STARTS 2030-01-01)");
        parameters.put("ddl_probes", ddlProbes + " × CREATE, ALTER, DROP, member by member in turn");
        parameters.put("show_requests", showRequests);
        parameters.put("clients", clients);
        parameters.put("seconds", seconds);
        parameters.put("auth", "bearer token from POST /v1/tokens");
        Report report = new Report(common.results, "http", parameters);
        try (BenchRun run = new BenchRun(common, report, members, 4,
                layout -> new MemberProcesses(layout, report.folder(), common.memberHeap))) {
            BenchEvents.send(run.members, 0, events, i -> BenchEvents.dormant(BenchEvents.name("h", i)), 2);
            DdlLatencies ddl = new DdlLatencies();
            for (int k = 0; k < ddlProbes; k++) {
                ddl.probe(run.members.http(k % members), BenchEvents.name("hp", k), true);
            }
            ddl.rows("catalog of " + events).forEach(r -> report.row("latency", r));

            double[] show = new double[showRequests];
            int rows = 0;
            for (int i = 0; i < showRequests; i++) {
                EventdHttp.Answer answer = run.members.http(0).sqlOk("SHOW EVENTS FROM bench", null);
                show[i] = answer.millis();
                rows = answer.body().get(0).get("rows").size();
            }
            report.row("latency", DdlLatencies.row("catalog of " + events, "SHOW EVENTS (" + rows + " rows)", show));

            String like = "SHOW EVENTS FROM bench LIKE 'h000010%'";
            double[] likeMillis = sustained(run.members.http(0), like);
            Map<String, Object> row = DdlLatencies.row("catalog of " + events, like + ", " + clients + " clients",
                    likeMillis);
            row.put("requests_per_s", Percentiles.round(likeMillis.length / (double) seconds));
            report.row("SHOW EVENTS LIKE on one node", row);

            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("DDL (CREATE/ALTER/DROP)", ddl.all());
            series.put("SHOW EVENTS, " + rows + " rows", show);
            series.put("SHOW EVENTS LIKE, " + clients + " clients", likeMillis);
            report.chart("http-latency-cdf.svg", SvgChart.cdf("POST /v1/sql round trips", "milliseconds (log scale)",
                    series));
        }
        return 0;
    }

    /** Latencies of every successful request made by the clients, each looping for the duration. */
    private double[] sustained(EventdHttp http, String sql) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> loops = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                loops.add(pool.submit(() -> {
                    List<Double> millis = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        millis.add(http.sqlOk(sql, null).millis());
                    }
                    return millis;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> loop : loops) {
                all.addAll(loop.get());
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdownNow();
        }
    }
}
