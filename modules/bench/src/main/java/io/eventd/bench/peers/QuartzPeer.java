package io.eventd.bench.peers;

import io.eventd.jdbc.TargetConfig;
import io.eventd.jdbc.TargetDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz 2.5 with its clustered JDBC JobStore (JobStoreTX, StdJDBCDelegate, the InnoDB tables of
 * {@code tables_mysql_innodb.sql} from the Quartz jar). Each job has a SimpleTrigger repeating every second forever
 * from a whole second. The jobs are stored by a scheduler that is never started, before the workers start (a
 * running instance would only notice them after its idle wait). Variant {@code tuned} sets
 * {@code clusterCheckinInterval} to 1 000 ms (Quartz's default: 7 500 ms).
 */
final class QuartzPeer implements ClusterPeer {
    private static final String TABLES = "org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql";
    private static final String DATA_SOURCE = "peers";
    private static final String TUNED_CHECKIN_MILLIS = "1000";

    @Override
    public String system() {
        return "quartz";
    }

    @Override
    public Optional<Instant> prepare(PeersDatabase db, List<String> jobs, boolean tuned, Options options)
            throws Exception {
        Instant first = Clock.wholeSecondAfter(Duration.ofMillis(15_000 + jobs.size() * 20L));
        try (TargetDataSource pool = PeersDatabase.pool(db.schemaConfig(), 4)) {
            createTables(pool);
            Scheduler seeder = scheduler("seeder", 1, tuned, options, pool);
            try {
                for (String job : jobs) {
                    seeder.scheduleJob(JobBuilder.newJob(QuartzFiringJob.class).withIdentity(job).build(),
                            TriggerBuilder.newTrigger().withIdentity(job).startAt(Date.from(first))
                                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)).build());
                }
            } finally {
                seeder.shutdown();
            }
        }
        return Optional.of(first);
    }

    @Override
    public List<String> workerOptions(int jobs, boolean tuned, Options options) {
        return List.of("--threads=" + options.integer("threads", 10), "--variant=" + (tuned ? "tuned" : "default"),
                "--batch=" + options.integer("batch", 1));
    }

    @Override
    public String mostHeldQuery() {
        return "SELECT INSTANCE_NAME, COUNT(*) FROM " + FiringTable.SCHEMA + ".QRTZ_FIRED_TRIGGERS "
                + "GROUP BY INSTANCE_NAME ORDER BY 2 DESC LIMIT 1";
    }

    @Override
    public AutoCloseable startInstance(String name, Options options, TargetConfig config) throws Exception {
        int threads = options.integer("threads", 10);
        TargetDataSource pool = PeersDatabase.pool(config, threads * 2 + 3);
        Scheduler scheduler = scheduler(name, threads, options.string("variant", "tuned").equals("tuned"), options,
                pool);
        scheduler.getContext().put(QuartzFiringJob.DATA_SOURCE, pool.dataSource());
        scheduler.start();
        return () -> {
            scheduler.shutdown(true);
            pool.close();
        };
    }

    private static Scheduler scheduler(String instanceId, int threads, boolean tuned, Options options,
                                       TargetDataSource pool) throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PoolProvider(pool));
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "peers");
        properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        if (tuned) {
            properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", TUNED_CHECKIN_MILLIS);
        }
        int batch = options.integer("batch", 1);
        if (batch > 1) {
            properties.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(batch));
            properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        }
        return new StdSchedulerFactory(properties).getScheduler();
    }

    /** Runs Quartz's own MySQL InnoDB script, statement by statement. */
    private static void createTables(TargetDataSource pool) throws IOException, SQLException {
        String script;
        try (InputStream in = Scheduler.class.getClassLoader().getResourceAsStream(TABLES)) {
            if (in == null) {
                throw new IllegalStateException(TABLES + " is not in the Quartz jar");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = script.lines().filter(line -> !line.startsWith("#") && !line.startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Connection connection = pool.connection(); Statement statement = connection.createStatement()) {
            for (String sql : Arrays.stream(withoutComments.split(";")).map(String::trim).toList()) {
                if (!sql.isEmpty() && !sql.equalsIgnoreCase("commit")) {
                    statement.execute(sql);
                }
            }
        }
    }

    /** Hands Quartz connections from the bench's pool; the pool's owner closes it. */
    private record PoolProvider(TargetDataSource pool) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.connection();
        }

        @Override
        public void shutdown() {
            // the pool outlives the scheduler and is closed by whoever opened it
        }

        @Override
        public void initialize() {
            // the pool is ready when handed over
        }
    }
}
