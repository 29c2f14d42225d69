package io.eventd.bench.peers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nearest-rank percentiles of microsecond samples, reported in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The p-th percentile (0 < p <= 100) in ms; null without samples. */
    Double millis(double p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return round(sorted[Math.max(rank, 1) - 1]);
    }

    Double maxMillis() {
        return sorted.length == 0 ? null : round(sorted[sorted.length - 1]);
    }

    /** p50, p99, p99.9 and max. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("p50_ms", millis(50));
        summary.put("p99_ms", millis(99));
        summary.put("p99_9_ms", millis(99.9));
        summary.put("max_ms", maxMillis());
        return summary;
    }

    private static double round(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
