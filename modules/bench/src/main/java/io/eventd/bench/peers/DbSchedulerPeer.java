package io.eventd.bench.peers;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.MySQL8JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * db-scheduler 16 with one RecurringTask per job (default schedule {@code FixedDelay} of 1 s, or {@code cron} = every
 * whole second), polling every second with lock-and-fetch, on its documented MySQL table. Variant {@code tuned} sets
 * the heartbeat to 1 s (dead after 6 missed heartbeats); db-scheduler's default heartbeat is 5 minutes.
 */
final class DbSchedulerPeer implements ClusterPeer {
    private static final Duration POLLING_INTERVAL = Duration.ofSeconds(1);
    private static final Duration TUNED_HEARTBEAT = Duration.ofSeconds(1);

    /** db-scheduler's documented table for MySQL. */
    private static final String TABLE = "CREATE TABLE scheduled_tasks ("
            + "task_name VARCHAR(100) NOT NULL, task_instance VARCHAR(100) NOT NULL, task_data BLOB, "
            + "execution_time TIMESTAMP(6) NOT NULL, picked BOOLEAN NOT NULL, picked_by VARCHAR(50), "
            + "last_success TIMESTAMP(6) NULL, last_failure TIMESTAMP(6) NULL, consecutive_failures INT, "
            + "last_heartbeat TIMESTAMP(6) NULL, version BIGINT NOT NULL, priority SMALLINT, "
            + "PRIMARY KEY (task_name, task_instance), INDEX execution_time_idx (execution_time), "
            + "INDEX last_heartbeat_idx (last_heartbeat), "
            + "INDEX priority_execution_time_idx (priority DESC, execution_time ASC))";

    @Override
    public String system() {
        return "db-scheduler";
    }

    @Override
    public Optional<Instant> prepare(PeersDatabase db, List<String> jobs, boolean tuned, Options options)
            throws SQLException {
        try (TargetDataSource pool = PeersDatabase.pool(db.schemaConfig(), 1);
             Connection connection = pool.connection(); Statement statement = connection.createStatement()) {
            statement.execute(TABLE);
        }
        return Optional.empty();
    }

    @Override
    public List<String> workerOptions(int jobs, boolean tuned, Options options) {
        return List.of("--jobs=" + jobs, "--threads=" + options.integer("threads", 10),
                "--variant=" + (tuned ? "tuned" : "default"), "--schedule=" + options.string("schedule", "fixed-delay"));
    }

    @Override
    public String mostHeldQuery() {
        return "SELECT picked_by, COUNT(*) FROM " + FiringTable.SCHEMA + ".scheduled_tasks WHERE picked "
                + "GROUP BY picked_by ORDER BY 2 DESC LIMIT 1";
    }

    @Override
    public AutoCloseable startInstance(String name, Options options, TargetConfig config) {
        int threads = options.integer("threads", 10);
        TargetDataSource pool = PeersDatabase.pool(config, threads * 2 + 3);
        Schedule schedule = schedule(options.string("schedule", "fixed-delay"));
        List<RecurringTask<Void>> tasks = IntStream.rangeClosed(1, options.integer("jobs", 100))
                .mapToObj(i -> String.format("job%05d", i))
                .map(job -> task(job, schedule, name, pool.dataSource()))
                .toList();
        SchedulerBuilder builder = Scheduler.create(pool.dataSource())
                .startTasks(tasks) // registers them as known tasks too
                .threads(threads)
                .pollingInterval(POLLING_INTERVAL)
                .pollUsingLockAndFetch(0.5, 1.0)
                .jdbcCustomization(new MySQL8JdbcCustomization(false))
                .schedulerName(new SchedulerName.Fixed(name))
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (options.string("variant", "tuned").equals("tuned")) {
            builder.heartbeatInterval(TUNED_HEARTBEAT);
        }
        Scheduler scheduler = builder.build();
        scheduler.start();
        return () -> {
            scheduler.stop();
            pool.close();
        };
    }

    private static Schedule schedule(String name) {
        return switch (name) {
            case "fixed-delay" -> Schedules.fixedDelay(Duration.ofSeconds(1));
            case "cron" -> Schedules.cron("* * * * * *");
            default -> throw new IllegalArgumentException("--schedule takes fixed-delay or cron, got " + name);
        };
    }

    private static RecurringTask<Void> task(String job, Schedule schedule, String instance, DataSource firings) {
        return Tasks.recurring(job, schedule).execute((taskInstance, context) -> {
            try {
                FiringTable.record(firings, job, instance, context.getExecution().executionTime);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot record a run of " + job, e);
            }
        });
    }
}
