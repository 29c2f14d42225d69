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
 * event (the whole cluster's, backups included); DDL round trips are probed while loading and after; then the whole
 * cluster is stopped and started again, timing the load of the catalog from MySQL until every member is ready.
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

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("events", events + " (EVERY 1 DAY STARTS 2030-01-01: enabled, none fires during the run)");
        parameters.put("members", members + " (in the runner's JVM, to measure heap)");
        parameters.put("loader_threads", loaderThreads);
        parameters.put("batch", BenchEvents.BATCH + " CREATE EVENT per POST /v1/sql");
        Report report = new Report(common.results, "catalog-scale", parameters);
        try (BenchRun run = new BenchRun(common, report, members, 4, InProcessMembers::new)) {
            long heapBefore = usedHeapAfterGc();
            DdlLatencies during = new DdlLatencies();
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread prober = new Thread(() -> {
                for (int k = 0; loading.get(); k++) {
                    during.probe(run.members.http(k % members), BenchEvents.name("pl", k), false);
                    Members.pause(probeIntervalMillis);
                }
            }, "ddl-prober");
            prober.start();
            long loadStart = System.nanoTime();
            BenchEvents.send(run.members, 0, events, i -> BenchEvents.dormant(BenchEvents.name("c", i)),
                    loaderThreads);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            loading.set(false);
            prober.join();
            long heapLoaded = usedHeapAfterGc();
            DdlLatencies afterLoad = new DdlLatencies();
            for (int k = 0; k < probesAfter; k++) {
                afterLoad.probe(run.members.http(k % members), BenchEvents.name("pa", k), true);
            }
            long storedBeforeRestart = run.database.count("SELECT COUNT(*) FROM " + BenchDatabase.METADATA_SCHEMA
                    + ".events WHERE schema_name = 'bench' AND UPPER(name) LIKE 'C%'");
            long restartStart = System.nanoTime();
            run.restartMembers(InProcessMembers::new);
            double restartSeconds = (System.nanoTime() - restartStart) / 1e9;
            long heapReloaded = usedHeapAfterGc();
            // A count, not SHOW EVENTS: building a 1 000 000-row answer took longer than the node's 30 s idle
            // timeout, which closed the connection while the answer was being built.
            EventdHttp.Answer listed = run.members.http(0).sqlOk("SELECT COUNT(*) FROM information_schema.EVENTS"
                    + " WHERE EVENT_SCHEMA = 'bench' AND EVENT_NAME LIKE 'c%'", null);

            Map<String, Object> row = new LinkedHashMap<>();
            row.put("events", events);
            row.put("load_s", Percentiles.round(loadSeconds));
            row.put("created_per_s", Percentiles.round(events / loadSeconds));
            row.put("heap_before_mib", mib(heapBefore));
            row.put("heap_loaded_mib", mib(heapLoaded));
            row.put("heap_per_event_bytes", (heapLoaded - heapBefore) / events);
            row.put("full_cluster_start_s", Percentiles.round(restartSeconds));
            row.put("heap_after_restart_per_event_bytes", (heapReloaded - heapBefore) / events);
            row.put("catalog_rows_in_mysql_before_restart", storedBeforeRestart);
            row.put("events_listed_after_restart", listed.body().get(0).get("rows").get(0).get(0).asLong());
            row.put("count_ms", Percentiles.round(listed.millis()));
            report.row("catalog", row);
            during.rows("while loading").forEach(r -> report.row("DDL round trips over HTTP", r));
            afterLoad.rows("after loading").forEach(r -> report.row("DDL round trips over HTTP", r));
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put("DDL while loading " + events + " events", during.all());
            series.put("DDL after loading", afterLoad.all());
            report.chart("ddl-cdf.svg", SvgChart.cdf("DDL round trip (POST /v1/sql)", "milliseconds (log scale)",
                    series));
        }
        return 0;
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
