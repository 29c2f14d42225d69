package io.eventd.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fuzz harness of the SQL front door: generated and mutated statements ({@link StatementGenerator}) sent by
 * concurrent workers through real {@code POST /v1/sql} requests to one node. Each answer must be well-formed
 * ({@link AnswerCheck}), within the per-request timeout (no hang), and a request failing at its first statement must
 * leave the worker's catalog listing ({@code information_schema.EVENTS} of its schema) as it was.
 *
 * <pre>java -cp "$(cat modules/faults/target/test-classpath.txt):modules/faults/target/test-classes" \
 *     io.eventd.faults.SqlFuzz --statements 1000000 [--seed N] [--workers N]</pre>
 */
public final class SqlFuzz {
    private static final List<String> WORKER_SCHEMAS = List.of("fz_amber", "fz_birch", "fz_cedar", "fz_delta",
            "fz_ember", "fz_fjord", "fz_grove", "fz_heron");
    private static final int MAX_SAMPLES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to run. */
    record Options(long statements, long seed, int workers, Duration requestTimeout) {
        static Options parse(String... args) {
            Options o = new Options(20_000, 20260101L, 4, Duration.ofSeconds(10));
            for (int i = 0; i + 1 < args.length; i += 2) {
                long value = Long.parseLong(args[i + 1]);
                o = switch (args[i]) {
                    case "--statements" -> new Options(value, o.seed, o.workers, o.requestTimeout);
                    case "--seed" -> new Options(o.statements, value, o.workers, o.requestTimeout);
                    case "--workers" -> new Options(o.statements, o.seed, (int) Math.min(value,
                            WORKER_SCHEMAS.size()), o.requestTimeout);
                    case "--timeout-seconds" -> new Options(o.statements, o.seed, o.workers,
                            Duration.ofSeconds(value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                };
            }
            return o;
        }
    }

    /** The outcome: {@code violations} must be 0; {@code samples} shows the first few. */
    record Report(long statements, long requests, long failedRequests, Map<Integer, Long> errorCodes,
                  long violations, List<String> samples, Duration elapsed) {
        String summary() {
            return statements + " statements in " + requests + " requests (" + failedRequests + " failed, top codes "
                    + top(errorCodes) + ") in " + elapsed.toSeconds() + " s: " + violations + " violations"
                    + (samples.isEmpty() ? "" : " " + samples);
        }

        private static String top(Map<Integer, Long> codes) {
            return codes.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByValue().reversed()).limit(8)
                    .map(e -> e.getKey() + "×" + e.getValue()).toList().toString();
        }
    }

    private final Options options;
    private final InProcessNode node;
    private final int port;
    private final SqlOverHttp http;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong violations = new AtomicLong();
    private final Map<Integer, Long> codes = new ConcurrentHashMap<>();
    private final List<String> samples = new CopyOnWriteArrayList<>();

    SqlFuzz(Options options, InProcessNode node) {
        this.options = options;
        this.node = node;
        this.port = node.httpPort();
        this.http = new SqlOverHttp(InProcessNode.ADMIN_PASSWORD, options.requestTimeout());
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Report report;
        try (InProcessNode node = new InProcessNode(Path.of("target", "fuzz"))) {
            report = new SqlFuzz(options, node).run();
        }
        System.out.println("SqlFuzz seed " + options.seed() + ", " + options.workers() + " workers: "
                + report.summary());
        System.exit(report.violations() == 0 ? 0 : 1);
    }

    /** Creates the workers' schemas on the node's MariaDB, turns the scheduler off and runs every worker. */
    Report run() throws Exception {
        long started = System.nanoTime();
        http.ok(port, "", "SET GLOBAL event_scheduler = OFF");
        ExecutorService pool = Executors.newFixedThreadPool(options.workers());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < options.workers(); w++) {
                String schema = WORKER_SCHEMAS.get(w);
                node.execute("DROP DATABASE IF EXISTS " + schema, "CREATE DATABASE " + schema,
                        "CREATE TABLE " + schema + ".t (v INT)");
                Random random = new Random(options.seed() * 31 + w);
                workers.add(pool.submit(() -> work(schema, new StatementGenerator(random, schema), random)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(sent.get(), requests.get(), failed.get(), new TreeMap<>(codes), violations.get(),
                List.copyOf(samples), Duration.ofNanos(System.nanoTime() - started));
    }

    private void work(String schema, StatementGenerator generator, Random random) {
        List<String> listing = listing(schema);
        while (true) {
            int count = random.nextInt(8) == 0 ? 2 + random.nextInt(3) : 1;
            if (sent.getAndAdd(count) >= options.statements()) {
                return;
            }
            StringBuilder script = new StringBuilder(generator.next());
            for (int i = 1; i < count; i++) {
                script.append(";\n").append(generator.next());
            }
            String sql = script.toString();
            AnswerCheck.Reading reading = send(schema, sql);
            if (reading == null) {
                listing = listing(schema);
                continue;
            }
            if (reading.failedAtFirstStatement()) {
                List<String> after = listing(schema);
                if (!after.equals(listing)) {
                    violation("catalog changed by a failed request (" + reading.code() + "): rows before "
                            + difference(listing, after) + ", after " + difference(after, listing), sql);
                    listing = after;
                }
            } else {
                listing = listing(schema);
            }
        }
    }

    /** Sends one request; null (and a violation) when the answer is malformed or late. */
    private AnswerCheck.Reading send(String schema, String sql) {
        requests.incrementAndGet();
        try {
            AnswerCheck.Reading reading = AnswerCheck.read(http.post(port, schema, sql));
            if (reading.failed()) {
                failed.incrementAndGet();
                codes.merge(reading.code(), 1L, Long::sum);
            }
            return reading;
        } catch (HttpTimeoutException e) {
            violation("no answer within " + options.requestTimeout().toSeconds() + " s", sql);
        } catch (IllegalStateException | UncheckedIOException e) {
            violation(e.getMessage(), sql);
        }
        return null;
    }

    /** The schema's rows of information_schema.EVENTS, sorted. */
    private List<String> listing(String schema) {
        String body = http.ok(port, schema, "SELECT * FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '"
                + schema + "'");
        try {
            JsonNode rows = JSON.readTree(body).get(0).get("rows");
            List<String> sorted = new ArrayList<>();
            rows.forEach(row -> sorted.add(row.toString()));
            Collections.sort(sorted);
            return sorted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@code rows} that {@code other} does not have. */
    private static List<String> difference(List<String> rows, List<String> other) {
        List<String> only = new ArrayList<>(rows);
        only.removeAll(other);
        return only;
    }

    private void violation(String what, String sql) {
        violations.incrementAndGet();
        if (samples.size() < MAX_SAMPLES) {
            samples.add(what + " on: " + sql.replace("\n", "\\n"));
        }
    }
}
