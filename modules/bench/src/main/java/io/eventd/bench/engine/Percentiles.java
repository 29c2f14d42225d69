package io.eventd.bench.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nearest-rank percentiles of a sample (values in any unit; the caller names it). */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The value at quantile {@code q} (0..1); NaN for an empty sample. */
    public double at(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    public double[] sorted() {
        return sorted.clone();
    }

    /** count, p50, p99, p99.9 and max, rounded to 3 decimals, for reports. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", sorted.length);
        summary.put("p50", round(at(0.50)));
        summary.put("p99", round(at(0.99)));
        summary.put("p99_9", round(at(0.999)));
        summary.put("max", round(max()));
        return summary;
    }

    static Object round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }
}
