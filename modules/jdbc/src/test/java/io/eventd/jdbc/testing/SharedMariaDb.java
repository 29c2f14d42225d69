package io.eventd.jdbc.testing;

import io.eventd.jdbc.TargetDataSource;
import io.eventd.jdbc.embedded.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded MariaDB per test JVM, started on first use and stopped by a shutdown hook, plus one pool to it.
 * Tests isolate themselves by working in a fresh schema ({@link #freshSchema(String)}).
 */
public final class SharedMariaDb {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    /** Distinguishes this JVM's schemas from those of another test JVM on the same server. */
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    private SharedMariaDb() {
    }

    private static final class Holder {
        static final EmbeddedMariaDb SERVER = EmbeddedMariaDb.builder().start();
        /** Connections wait up to 30 s: on a loaded machine the default 2 s failed whole test classes. */
        static final TargetDataSource POOL = new TargetDataSource(SERVER.targetConfig()
                .withConnectionTimeout(Duration.ofSeconds(30)));

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                POOL.close();
                SERVER.close();
            }, "stop-shared-mariadb"));
        }
    }

    public static EmbeddedMariaDb server() {
        return Holder.SERVER;
    }

    public static TargetDataSource pool() {
        return Holder.POOL;
    }

    /** A schema name that no other test uses in this JVM (the schema itself is not created). */
    public static String uniqueName(String prefix) {
        return prefix + "_" + RUN + "_" + SCHEMAS.incrementAndGet();
    }

    /** Creates an empty schema named after the test, unique in this JVM. */
    public static String freshSchema(String prefix) {
        String schema = uniqueName(prefix);
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
        return column(sql).stream().map(Long::parseLong).toList();
    }

    /** The first column of each row, as text (null for NULL). */
    public static List<String> column(String sql) {
        try (Connection c = pool().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
