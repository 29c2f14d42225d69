package io.eventd.bench.peers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's results: the machine, the options, and one entry per run (a size and a variant), written as
 * {@code result.json} and {@code result.md} into {@code <results>/peers-<scenario>-<timestamp>/}.
 */
final class Report {
    private static final DateTimeFormatter FOLDER_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String scenario;
    private final Path folder;
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Map<String, Object>> runs = new ArrayList<>();

    Report(String scenario, Path resultsRoot, Map<String, String> options) throws IOException {
        this.scenario = scenario;
        this.folder = resultsRoot.resolve("peers-" + scenario + "-" + FOLDER_STAMP.format(Instant.now()));
        Files.createDirectories(folder);
        root.put("scenario", scenario);
        root.put("started_utc", Instant.now().toString());
        root.put("options", options);
        root.put("machine", machine());
        root.put("runs", runs);
    }

    Path folder() {
        return folder;
    }

    void note(String key, Object value) {
        root.put(key, value);
    }

    /** Adds a run and rewrites both files, so a run cut short still leaves the runs before it. */
    void add(Map<String, Object> run) throws IOException {
        runs.add(run);
        Files.writeString(folder.resolve("result.json"), Json.write(root));
        Files.writeString(folder.resolve("result.md"), markdown());
        System.out.println(Json.write(run));
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gib", ManagementFactory.getOperatingSystemMXBean() instanceof
                com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() >> 30 : null);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# peers: " + scenario + "\n\n");
        md.append("Started ").append(root.get("started_utc")).append("; options ").append(root.get("options"))
                .append("; machine ").append(root.get("machine")).append(".\n");
        root.entrySet().stream()
                .filter(e -> !List.of("scenario", "started_utc", "options", "machine", "runs").contains(e.getKey()))
                .forEach(e -> md.append("\n").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        md.append("\nLateness in ms (body's NOW(6) minus the scheduled instant) over the steady window; missed = "
                + "seconds of the window in which a job had no run; duplicates = extra runs of one scheduled "
                + "instant; failover gap = kill to the job's next run (all jobs / the victim's jobs: those whose last run "
                + "before the kill was on it); after kill = the same counts from the end of the steady window to the "
                + "end of the observation (or the latest second any job reached).\n\n");
        md.append("| run | load 1m start→end | runs | p50 | p99 | p99.9 | max | missed (%) | duplicates "
                + "| failover gap p50 / max, all | victim's jobs p50 / max | not resumed | after kill: missed / dup / max lateness |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|\n");
        for (Map<String, Object> run : runs) {
            md.append(row(run)).append('\n');
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static String row(Map<String, Object> run) {
        Map<String, Object> steady = (Map<String, Object>) run.get("steady");
        Map<String, Object> lateness = (Map<String, Object>) steady.get("lateness");
        Map<String, Object> failover = (Map<String, Object>) run.get("failover");
        Map<String, Object> during = (Map<String, Object>) run.get("during_failover");
        List<Object> cells = new ArrayList<>(List.of(run.get("run"),
                run.get("load_1m_start") + " → " + run.get("load_1m_end"), steady.get("runs"),
                cell(lateness.get("p50_ms")), cell(lateness.get("p99_ms")), cell(lateness.get("p99_9_ms")),
                cell(lateness.get("max_ms")),
                steady.get("missed_seconds") + " (" + steady.get("missed_percent") + " %)",
                steady.get("duplicate_runs")));
        if (failover == null) {
            cells.addAll(List.of("–", "–", "–", "–"));
        } else {
            Map<String, Object> all = (Map<String, Object>) failover.get("gap_all_jobs");
            Map<String, Object> victims = (Map<String, Object>) failover.get("gap_victim_jobs");
            cells.add(cell(all.get("p50_ms")) + " / " + cell(all.get("max_ms")));
            cells.add(cell(victims.get("p50_ms")) + " / " + cell(victims.get("max_ms")) + " (" + victims.get("jobs")
                    + " jobs; " + run.get("victim_held_at_kill") + " held at the kill)");
            cells.add(failover.get("jobs_not_resumed_within_observation"));
            cells.add(during.get("missed_seconds") + " / " + during.get("duplicate_runs") + " / "
                    + cell(((Map<String, Object>) during.get("lateness")).get("max_ms")));
        }
        StringBuilder row = new StringBuilder("|");
        cells.forEach(c -> row.append(' ').append(c).append(" |"));
        return row.toString();
    }

    private static String cell(Object millis) {
        return millis == null ? "–" : millis.toString();
    }
}
