package io.eventd.cluster.testing;

import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB per test JVM (the jdbc module's {@link EmbeddedMariaDb}, on a free port), one pool to it, and
 * schemas unique to each test and run so runs never collide.
 */
public final class TestDb {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    private TestDb() {
    }

    private static final class Holder {
        static final EmbeddedMariaDb SERVER = EmbeddedMariaDb.builder().start();
        static final TargetDataSource POOL = new TargetDataSource(SERVER.targetConfig());

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                POOL.close();
                SERVER.close();
            }, "stop-test-mariadb"));
        }
    }

    public static EmbeddedMariaDb server() {
        return Holder.SERVER;
    }

    public static TargetDataSource pool() {
        return Holder.POOL;
    }

    /** A new empty schema named {@code prefix_<run>_<n>}. */
    public static String freshSchema(String prefix) {
        String schema = prefix + "_" + RUN + "_" + SCHEMAS.incrementAndGet();
        execute("DROP DATABASE IF EXISTS `" + schema + "`", "CREATE DATABASE `" + schema + "`");
        return schema;
    }

    public static void execute(String... sql) {
        try (Connection c = pool().connection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of each row, as longs. */
    public static List<Long> longs(String sql) {
        try (Connection c = pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
