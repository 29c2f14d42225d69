package io.eventd.bench.engine;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A large catalog: members run in this JVM, so heap after GC before and after loading N events gives the heap per
 * event (the whole cluster's, backups included). The events come over HTTP (DDL round trips probed meanwhile, then
 * the whole cluster stopped) or are copied in MySQL while it is down ({@link CatalogSeed}); the cluster start is
 * timed until every member is ready (catalog loaded from MySQL), then DDL round trips are probed.
 */
@Command(name = "catalog-scale", mixinStandardHelpOptions = true,
        description = "Heap per event, full-cluster start time and DDL latency with a large catalog")
final class CatalogScaleScenario implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--events", defaultValue = "100000", description = "events (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--members", defaultValue = "1", description = "members in this JVM (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--loader-threads", defaultValue = "2", description = "concurrent CREATE scripts "
            + "(default: ${DEFAULT-VALUE})")
    int loaderThreads;

    @Option(names = "--probe-interval-ms", defaultValue = "250", description = "pause between DDL probes while "
            + "loading (default: ${DEFAULT-VALUE})")
    int probeIntervalMillis;

    @Option(names = "--probes-after", defaultValue = "100", description = "DDL probes after loading "
            + "(default: ${DEFAULT-VALUE})")
    int probesAfter;

    /** How the events get into the catalog. */
    enum Load { HTTP, SQL }

    @Option(names = "--load", defaultValue = "HTTP", description = "HTTP: CREATE EVENT scripts over POST /v1/sql "
            + "(DDL probed meanwhile), then a full-cluster restart; SQL: one event created over HTTP, its catalog "
            + "row copied in MySQL while the cluster is down, then the cluster started on them "
            + "(default: ${DEFAULT-VALUE})")
    Load load;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("events", events + " (EVERY 1 DAY STARTS 2030-01-01: enabled, none fires during the run)");
        parameters.put("members", members + " (in the runner's JVM, to measure heap)");
        parameters.put("load", load == Load.HTTP ? "HTTP, " + BenchEvents.BATCH + " CREATE EVENT per POST /v1/sql, "
                + loaderThreads + " loader threads" : "SQL: one event over HTTP, its row copied in MySQL");
        Report report = new Report(common.results, "catalog-scale", parameters);
        try (BenchRun run = new BenchRun(common, report, members, 4, InProcessMembers::new)) {
            long heapBefore = usedHeapAfterGc();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("events", events);
            DdlLatencies during = new DdlLatencies();
            double startSeconds;
            if (load == Load.HTTP) {
                double loadSeconds = loadOverHttp(run, during);
                row.put("load_s", Percentiles.round(loadSeconds));
                row.put("created_per_s", Percentiles.round(events / loadSeconds));
                row.put("heap_loaded_per_event_bytes", (usedHeapAfterGc() - heapBefore) / events);
                row.put("catalog_rows_in_mysql_before_restart", storedEvents(run));
                startSeconds = run.restartMembers(InProcessMembers::new, () -> { });
            } else {
                run.members.http(0).sqlOk(BenchEvents.dormant(BenchEvents.name("c", 0)), BenchDatabase.BENCH_SCHEMA);
                startSeconds = run.restartMembers(InProcessMembers::new,
                        () -> CatalogSeed.copy(run.database, "c", events));
                row.put("catalog_rows_in_mysql_before_start", storedEvents(run));
            }
            row.put("full_cluster_start_s", Percentiles.round(startSeconds));
            row.put("heap_before_mib", mib(heapBefore));
            long heapStarted = usedHeapAfterGc();
            row.put("heap_started_mib", mib(heapStarted));
            row.put("heap_per_event_bytes", (heapStarted - heapBefore) / events);
            // A count, not SHOW EVENTS: building a 1 000 000-row answer took longer than the node's 30 s idle
            // timeout, which closed the connection while the answer was being built.
            EventdHttp.Answer listed = run.members.http(0).sqlOk("SELECT COUNT(*) FROM information_schema.EVENTS"
                    + " WHERE EVENT_SCHEMA = 'bench' AND EVENT_NAME LIKE 'c%'", null);
            row.put("events_in_catalog_after_start", listed.body().get(0).get("rows").get(0).get(0).asLong());
            row.put("count_ms", Percentiles.round(listed.millis()));
            DdlLatencies afterLoad = new DdlLatencies();
            for (int k = 0; k < probesAfter; k++) {
                afterLoad.probe(run.members.http(k % members), BenchEvents.name("pa", k), true);
            }
            report.row("catalog", row);
            if (load == Load.HTTP) {
                during.rows("while loading").forEach(r -> report.row("DDL round trips over HTTP", r));
            }
            afterLoad.rows("with the catalog loaded").forEach(r -> report.row("DDL round trips over HTTP", r));
            Map<String, double[]> series = new LinkedHashMap<>();
            if (load == Load.HTTP) {
                series.put("DDL while loading " + events + " events", during.all());
            }
            series.put("DDL with " + events + " events loaded", afterLoad.all());
            report.chart("ddl-cdf.svg", SvgChart.cdf("DDL round trip (POST /v1/sql)", "milliseconds (log scale)",
                    series));
        }
        return 0;
    }

    /** Creates the events over HTTP while a prober sends DDL round trips; returns the seconds loading took. */
    private double loadOverHttp(BenchRun run, DdlLatencies during) throws InterruptedException {
        AtomicBoolean loading = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            for (int k = 0; loading.get(); k++) {
                during.probe(run.members.http(k % members), BenchEvents.name("pl", k), false);
                Members.pause(probeIntervalMillis);
            }
        }, "ddl-prober");
        prober.start();
        long loadStart = System.nanoTime();
        BenchEvents.send(run.members, 0, events, i -> BenchEvents.dormant(BenchEvents.name("c", i)), loaderThreads);
        double seconds = (System.nanoTime() - loadStart) / 1e9;
        loading.set(false);
        prober.join();
        return seconds;
    }

    private static long storedEvents(BenchRun run) {
        return run.database.count("SELECT COUNT(*) FROM " + BenchDatabase.METADATA_SCHEMA
                + ".events WHERE schema_name = 'bench' AND name LIKE 'c%'");
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Members.pause(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Object mib(long bytes) {
        return Percentiles.round(bytes / (1024.0 * 1024));
    }
}
