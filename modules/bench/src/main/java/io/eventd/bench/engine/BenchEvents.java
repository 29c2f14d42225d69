package io.eventd.bench.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Creates (and drops) many events in schema {@code bench} over POST /v1/sql: scripts of {@value #BATCH} statements,
 * sent to the members in turn by a few client threads. Scripts stay short: on a loaded machine a 250-statement
 * script ran past 30 s and the node closed the connection (EOF; seemingly its idle timeout, 30 s, runs while it
 * works on the request). Names are a prefix and a zero-padded number, so the body can write its own name and a
 * LIKE pattern selects a slice.
 */
final class BenchEvents {
    static final int BATCH = 50;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private BenchEvents() {
    }

    static String name(String prefix, int index) {
        return String.format("%s%07d", prefix, index);
    }

    /** {@code EVERY 1 SECOND STARTS <a whole second, UTC>}: firings on the whole seconds of the wall clock. */
    static String everySecond(String name, String body) {
        return "CREATE EVENT " + name + " ON SCHEDULE EVERY 1 SECOND STARTS '"
                + UTC.format(Instant.now().plusSeconds(2)) + "' DO " + body;
    }

    /** The body that records a firing: the event's name and NOW(6) as epoch seconds (time-zone free). */
    static String recordFiring(String name) {
        return "INSERT INTO bench.firings (event, fired) VALUES ('" + name + "', UNIX_TIMESTAMP(NOW(6)))";
    }

    static final String FIRINGS_TABLE = "CREATE TABLE bench.firings (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
            + "event VARCHAR(64) NOT NULL, fired DECIMAL(17,6) NOT NULL, KEY by_event (event, fired))";

    /** An event that never fires during a run (first firing in 2030): for catalog-size scenarios. */
    static String dormant(String name) {
        return "CREATE EVENT " + name + " ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DO DO 1";
    }

    /**
     * Sends statements {@code from..to-1} (made by {@code statement}, e.g. CREATE or DROP of event i) in batches,
     * spread over the members with {@code threads} concurrent requests; returns when all succeeded.
     */
    static void send(Members members, int from, int to, IntFunction<String> statement, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> batches = new ArrayList<>();
            int member = 0;
            for (int start = from; start < to; start += BATCH) {
                int first = start;
                int last = Math.min(to, start + BATCH);
                EventdHttp http = members.http(member++ % members.size());
                batches.add(pool.submit(() -> {
                    StringBuilder script = new StringBuilder();
                    for (int i = first; i < last; i++) {
                        script.append(statement.apply(i)).append(";\n");
                    }
                    http.sqlOk(script.toString(), BenchDatabase.BENCH_SCHEMA);
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("sending statements: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
