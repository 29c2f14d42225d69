package io.eventd.bench.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A peer clustered over the bench schema, one run per (jobs, variant): 3 worker processes run N jobs once per
 * second; lateness, missed and duplicate seconds are measured over a steady window; then the instance holding the
 * most taken, unfinished jobs is SIGKILLed and the gap to each job's next run is observed. Variant {@code tuned} shortens the peer's dead-instance
 * detection, {@code default} keeps the library's default.
 */
final class ClusterScenario implements Scenario {
    private static final Duration WARMUP = Duration.ofSeconds(5);
    private static final Duration KILL_OFFSET = Duration.ofMillis(300);
    private static final Duration VICTIM_SEARCH = Duration.ofSeconds(5);

    private final ClusterPeer peer;
    private final int defaultObserveSeconds;

    ClusterScenario(ClusterPeer peer, int defaultObserveSeconds) {
        this.peer = peer;
        this.defaultObserveSeconds = defaultObserveSeconds;
    }

    @Override
    public void run(PeersDatabase db, Options options, Report report) throws Exception {
        for (int jobs : options.integers("jobs", "100")) {
            for (String variant : options.strings("variants", "tuned,default")) {
                if (!variant.equals("tuned") && !variant.equals("default")) {
                    throw new IllegalArgumentException("--variants takes tuned and/or default, got " + variant);
                }
                report.add(runOnce(db, jobs, variant.equals("tuned"), options, report.folder()));
            }
        }
    }

    private Map<String, Object> runOnce(PeersDatabase db, int jobCount, boolean tuned, Options options, Path folder)
            throws Exception {
        String label = jobCount + " jobs, " + (tuned ? "tuned" : "default");
        Duration duration = options.seconds("duration", 60);
        Duration observe = options.seconds("observe", defaultObserveSeconds);
        int instances = options.integer("instances", 3);
        List<String> jobs = IntStream.rangeClosed(1, jobCount).mapToObj(i -> String.format("job%05d", i)).toList();
        FiringTable.recreateSchema(db.pool().dataSource());
        Instant planned = peer.prepare(db, jobs, tuned, options).orElse(Instant.EPOCH);

        Path logs = Files.createDirectories(folder.resolve("logs-" + jobCount + "-" + (tuned ? "tuned" : "default")));
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= instances; i++) {
                workers.add(WorkerProcess.start(peer.system(), peer.system().charAt(0) + "" + i,
                        peer.workerOptions(jobCount, tuned, options), db.workerEnvironment(), logs));
            }
            for (WorkerProcess worker : workers) {
                worker.awaitReady();
            }
            Instant firstScheduled = planned.isAfter(Instant.now()) ? planned : Instant.now();
            Instant from = Clock.wholeSecondAfter(Duration.between(Instant.now(), firstScheduled).plus(WARMUP));
            Instant to = from.plus(duration);
            Clock.sleepUntil(from);
            double loadStart = MachineLoad.oneMinute();
            Clock.sleepUntil(to);
            double loadEnd = MachineLoad.oneMinute();

            Clock.sleepUntil(to.plus(KILL_OFFSET));
            Victim victim = victim(db, workers, Instant.now().plus(VICTIM_SEARCH));
            Instant kill = Instant.now();
            victim.worker().kill();
            Clock.sleepUntil(kill.plus(observe));
            stopAll(workers);

            List<Firing> firings = FiringTable.readAll(db.pool().dataSource());
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run", label);
            run.put("jobs", jobCount);
            run.put("variant", tuned ? "tuned" : "default");
            run.put("instances", instances);
            run.put("window_utc", from + " .. " + to);
            run.put("load_1m_start", loadStart);
            run.put("load_1m_end", loadEnd);
            run.put("steady", Accuracy.over(firings, jobs, from.getEpochSecond(), to.getEpochSecond()).toMap());
            run.put("failover", Failover.of(firings, jobs, victim.worker().name(), Clock.micros(kill),
                    observe.toMillis()).toMap());
            run.put("victim_held_at_kill", victim.held());
            long afterKillTo = Math.max(to.getEpochSecond(),
                    Math.min(kill.plus(observe).getEpochSecond(), frontier(firings)));
            run.put("after_kill_window_utc", to + " .. " + Instant.ofEpochSecond(afterKillTo));
            run.put("during_failover", Accuracy.over(firings, jobs, to.getEpochSecond(), afterKillTo).toMap());
            return run;
        } finally {
            stopAll(workers);
        }
    }

    /**
     * The second after the latest scheduled second any job ran for: a scheduler running behind has not reached the
     * seconds past it when the workers stop, so they are not counted as missed.
     */
    private static long frontier(List<Firing> firings) {
        return firings.stream().mapToLong(Firing::scheduledSecond).max().orElse(0) + 1;
    }

    /**
     * The instance holding the most taken, unfinished jobs (polled until one holds some, or the deadline passes:
     * then the first instance), so the kill leaves work behind for the peer to recover.
     */
    private Victim victim(PeersDatabase db, List<WorkerProcess> workers, Instant deadline)
            throws SQLException, InterruptedException {
        try (Connection connection = db.pool().connection();
             PreparedStatement statement = connection.prepareStatement(peer.mostHeldQuery())) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        String name = rows.getString(1);
                        long held = rows.getLong(2);
                        for (WorkerProcess worker : workers) {
                            if (worker.name().equals(name)) {
                                return new Victim(worker, held);
                            }
                        }
                    }
                }
                Thread.sleep(20);
            }
        }
        return new Victim(workers.get(0), 0);
    }

    private record Victim(WorkerProcess worker, long held) {
    }

    private static void stopAll(List<WorkerProcess> workers) throws IOException, InterruptedException {
        for (WorkerProcess worker : workers) {
            worker.stop();
        }
    }
}
