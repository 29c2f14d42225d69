package io.eventd.bench.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** The baseline: {@code connections} threads, each on its own connection, run one statement in a loop. */
final class RawJdbcLoop {
    private RawJdbcLoop() {
    }

    /** Statements per second completed over {@code seconds}. */
    static double statementsPerSecond(BenchDatabase database, String sql, int connections, int seconds) {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            loops.add(pool.submit(() -> {
                try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                    while (System.nanoTime() < deadline) {
                        statement.execute(sql);
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("raw loop: " + e.getMessage(), e);
                }
            }));
        }
        try {
            for (Future<?> loop : loops) {
                loop.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("raw loop: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return done.get() / (double) seconds;
    }
}
