package io.eventd.bench.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Round trips of DDL over POST /v1/sql, by statement kind: each probe creates an event, alters it and (optionally)
 * drops it, on the member given. Thread-safe: a background prober and the reader may share it.
 */
final class DdlLatencies {
    private final Map<String, List<Double>> millisByKind = new LinkedHashMap<>();

    void probe(EventdHttp http, String name, boolean drop) {
        record("CREATE EVENT", http.sqlOk(BenchEvents.dormant(name), BenchDatabase.BENCH_SCHEMA));
        record("ALTER EVENT", http.sqlOk("ALTER EVENT " + name + " COMMENT 'probed'", BenchDatabase.BENCH_SCHEMA));
        if (drop) {
            record("DROP EVENT", http.sqlOk("DROP EVENT " + name, BenchDatabase.BENCH_SCHEMA));
        }
    }

    private synchronized void record(String kind, EventdHttp.Answer answer) {
        millisByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(answer.millis());
    }

    /** Every round trip, all kinds together. */
    synchronized double[] all() {
        return millisByKind.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
    }

    /** One row per kind and one for all: count, p50, p99, p99.9, max (ms). */
    synchronized List<Map<String, Object>> rows(String phase) {
        List<Map<String, Object>> rows = new ArrayList<>();
        millisByKind.forEach((kind, millis) -> rows.add(row(phase, kind,
                millis.stream().mapToDouble(Double::doubleValue).toArray())));
        rows.add(row(phase, "all DDL", all()));
        return rows;
    }

    static Map<String, Object> row(String phase, String kind, double[] millis) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("phase", phase);
        row.put("request", kind);
        new Percentiles(millis).summary().forEach((k, v) -> row.put(k.equals("count") ? k : k + "_ms", v));
        return row;
    }
}
