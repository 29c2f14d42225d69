package io.eventd.bench.peers;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * MariaDB's own event scheduler: N events {@code EVERY 1 SECOND STARTS <a whole second>}, each inserting its name
 * and {@code NOW(6)}. The scheduler does not expose a run's scheduled instant, so a run is attributed to the whole
 * second it started in (a run later than 1 s shows as a missed second and a duplicate, not as lateness).
 */
final class MariaDbSchedulerScenario implements Scenario {
    private static final Duration WARMUP = Duration.ofSeconds(2);
    private static final Duration GRACE = Duration.ofSeconds(3);

    @Override
    public void run(PeersDatabase db, Options options, Report report) throws Exception {
        Duration duration = options.seconds("duration", 60);
        for (int events : options.integers("events", "1,100,1000")) {
            report.add(runOnce(db, events, duration));
        }
    }

    private Map<String, Object> runOnce(PeersDatabase db, int events, Duration duration) throws Exception {
        FiringTable.recreateSchema(db.pool().dataSource());
        List<String> names = IntStream.rangeClosed(1, events).mapToObj(i -> String.format("e%05d", i)).toList();
        Instant starts = Clock.wholeSecondAfter(Duration.ofMillis(2_000 + events * 10L));
        try (Connection connection = db.pool().connection(); Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("CREATE EVENT " + FiringTable.SCHEMA + "." + name
                        + " ON SCHEDULE EVERY 1 SECOND STARTS '" + FiringTable.datetime(starts) + "'"
                        + " DO " + FiringTable.eventBody(name));
            }
        }
        if (Instant.now().isAfter(starts)) {
            throw new IllegalStateException("creating " + events + " events took past their STARTS " + starts);
        }
        Instant from = starts.plus(WARMUP);
        Instant to = from.plus(duration);
        Clock.sleepUntil(from);
        double loadStart = MachineLoad.oneMinute();
        Clock.sleepUntil(to.plus(GRACE));
        double loadEnd = MachineLoad.oneMinute();
        List<Firing> firings = FiringTable.readAll(db.pool().dataSource());
        dropEvents(db);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run", events + " events");
        run.put("events", events);
        run.put("window_utc", from + " .. " + to);
        run.put("load_1m_start", loadStart);
        run.put("load_1m_end", loadEnd);
        run.put("steady", Accuracy.over(firings, names, from.getEpochSecond(), to.getEpochSecond()).toMap());
        return run;
    }

    private static void dropEvents(PeersDatabase db) throws Exception {
        try (Connection connection = db.pool().connection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + FiringTable.SCHEMA);
        }
    }
}
