package io.eventd.bench.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads what happened in a window of whole seconds [from, to) for the events named {@code prefix…}: the body
 * rows of {@code bench.firings}, eventd's history and claims. Each body row is matched to the firing it belongs
 * to: the last durable claim of that event (eventd.claims, written just before the run, on the database's clock)
 * at or before the row, within the body timeout: exact even when a run is more than a second late, as runs of one
 * event never overlap. (History rows are written asynchronously and may lag under load, so they cannot serve.)
 * Rows without such a claim fall back to the whole second at or before NOW(6). Lateness = NOW(6) − scheduled
 * instant.
 */
final class FiringAnalysis {
    /**
     * The body rows of one event: fired instant, the firing (epoch second) it was matched to and the member that
     * claimed it (null for a row matched by its second).
     */
    record Row(long firedMicros, long scheduledSecond, String node) {
        double latenessMillis() {
            return (firedMicros - scheduledSecond * 1_000_000) / 1000.0;
        }
    }

    private static final long BODY_TIMEOUT_MICROS = 60_000_000;

    private final Map<String, List<Row>> rowsByEvent = new HashMap<>();
    private final Map<String, Long> historyByStatus = new LinkedHashMap<>();
    private final List<Double> startDelaysMillis = new ArrayList<>();
    private int rowsMatchedByClaim;
    private int historyDuplicateSuccesses;
    private final Map<String, Long> claimsByNode = new TreeMap<>();
    private final long from;
    private final long to;

    private FiringAnalysis(long from, long to) {
        this.from = from;
        this.to = to;
    }

    static FiringAnalysis read(BenchDatabase database, String prefix, long fromSecond, long toSecond) {
        FiringAnalysis analysis = new FiringAnalysis(fromSecond, toSecond);
        try (Connection connection = database.connect()) {
            // One snapshot for the three reads: members far behind still claim and run while they are read, and a
            // body row read after its claim was (separately) read would be matched to the event's previous claim
            // and counted as a second run of it (371 "duplicates" in a 10 000-event run that had none).
            connection.setAutoCommit(false);
            try (Statement snapshot = connection.createStatement()) {
                snapshot.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            }
            analysis.readHistory(connection, prefix);
            analysis.readRows(connection, prefix, analysis.readClaims(connection, prefix));
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("reading results: " + e.getMessage(), e);
        }
        return analysis;
    }

    private void readHistory(Connection connection, String prefix) throws SQLException {
        Map<String, Integer> successes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT event_name, scheduled_at, started_at, "
                + "status FROM " + BenchDatabase.METADATA_SCHEMA + ".history WHERE schema_name = ? "
                + "AND event_name LIKE ? AND scheduled_at >= ? AND scheduled_at < ?")) {
            query.setString(1, BenchDatabase.BENCH_SCHEMA);
            query.setString(2, prefix + "%");
            query.setLong(3, from - 60);
            query.setLong(4, to + 60);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(1).toLowerCase(Locale.ROOT);
                    long scheduled = rs.getLong(2);
                    String status = rs.getString(4);
                    if (scheduled >= from && scheduled < to) {
                        historyByStatus.merge(status, 1L, Long::sum);
                        if (!status.equals("SKIPPED")) {
                            startDelaysMillis.add((micros(rs.getObject(3, LocalDateTime.class))
                                    - scheduled * 1_000_000) / 1000.0);
                        }
                        if (status.equals("SUCCESS")
                                && successes.merge(event + "@" + scheduled, 1, Integer::sum) > 1) {
                            historyDuplicateSuccesses++;
                        }
                    }
                }
            }
        }
    }

    private void readRows(Connection connection, String prefix, Map<String, TreeMap<Long, Claimed>> claimed)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT event, fired FROM bench.firings "
                + "WHERE event LIKE ? AND fired >= ? AND fired < ? ORDER BY event, fired")) {
            query.setString(1, prefix + "%");
            query.setLong(2, from - 60);
            query.setLong(3, to + 60);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String event = rs.getString(1).toLowerCase(Locale.ROOT);
                    long fired = rs.getBigDecimal(2).movePointRight(6).longValueExact();
                    Map.Entry<Long, Claimed> claim = claimed.getOrDefault(event, new TreeMap<>()).floorEntry(fired);
                    boolean matched = claim != null && fired - claim.getKey() <= BODY_TIMEOUT_MICROS;
                    long scheduled = matched ? claim.getValue().scheduledSecond() : Math.floorDiv(fired, 1_000_000);
                    if (scheduled >= from && scheduled < to) {
                        rowsMatchedByClaim += matched ? 1 : 0;
                        rowsByEvent.computeIfAbsent(event, e -> new ArrayList<>())
                                .add(new Row(fired, scheduled, matched ? claim.getValue().node() : null));
                    }
                }
            }
        }
    }

    /** A claim: the firing (epoch second) and the member that claimed it. */
    private record Claimed(long scheduledSecond, String node) {
    }

    /** Event → claimed instant (µs) → claim; counts the claims of the window, by member too. */
    private Map<String, TreeMap<Long, Claimed>> readClaims(Connection connection, String prefix) throws SQLException {
        Map<String, TreeMap<Long, Claimed>> claimed = new HashMap<>();
        // claims hold the folded (upper-case) name in a binary column
        try (PreparedStatement query = connection.prepareStatement("SELECT event_name, scheduled_at, "
                + "UNIX_TIMESTAMP(claimed_at), node FROM " + BenchDatabase.METADATA_SCHEMA + ".claims WHERE schema_name = ? "
                + "AND UPPER(event_name) LIKE UPPER(?) AND scheduled_at >= ? AND scheduled_at < ?")) {
            query.setString(1, BenchDatabase.BENCH_SCHEMA);
            query.setString(2, prefix + "%");
            query.setLong(3, from - 60);
            query.setLong(4, to + 60);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long scheduled = rs.getLong(2);
                    String node = rs.getString(4);
                    if (scheduled >= from && scheduled < to) {
                        claimsByNode.merge(node, 1L, Long::sum);
                    }
                    claimed.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), e -> new TreeMap<>())
                            .put(rs.getBigDecimal(3).movePointRight(6).longValueExact(), new Claimed(scheduled, node));
                }
            }
        }
        return claimed;
    }

    private static long micros(LocalDateTime utc) {
        return EpochMicros.of(utc.toInstant(ZoneOffset.UTC));
    }

    Map<String, List<Row>> rowsByEvent() {
        return rowsByEvent;
    }

    double[] latenessMillis() {
        return rowsByEvent.values().stream().flatMap(List::stream).mapToDouble(Row::latenessMillis).toArray();
    }

    /** eventd's own start delay of each run in the window (history started_at − scheduled_at). */
    double[] startDelaysMillis() {
        return startDelaysMillis.stream().mapToDouble(Double::doubleValue).toArray();
    }

    long historyCount(String status) {
        return historyByStatus.getOrDefault(status, 0L);
    }

    /** Body rows beyond the first for one (event, firing). */
    long duplicateRows() {
        return rowsByEvent.values().stream().mapToLong(rows -> rows.size()
                - rows.stream().map(Row::scheduledSecond).distinct().count()).sum();
    }

    /** Firings of the window (events × seconds) without a body row. */
    long missingFirings(List<String> events) {
        long missing = 0;
        for (String event : events) {
            List<Row> rows = rowsByEvent.getOrDefault(event, List.of());
            missing += (to - from) - rows.stream().map(Row::scheduledSecond).distinct().count();
        }
        return missing;
    }

    /**
     * One row per member that claimed firings of the window: its claims, its body rows and their lateness (one
     * member falling behind shows here, where the summary mixes it with the others).
     */
    List<Map<String, Object>> byMember() {
        List<Map<String, Object>> out = new ArrayList<>();
        claimsByNode.forEach((node, count) -> {
            double[] lateness = rowsByEvent.values().stream().flatMap(List::stream)
                    .filter(r -> node.equals(r.node())).mapToDouble(Row::latenessMillis).toArray();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("member", node);
            row.put("claims", count);
            row.put("body_rows", lateness.length);
            putLateness(row, lateness);
            out.add(row);
        });
        return out;
    }

    /** lateness_p50_ms, _p99_ms, _p99_9_ms and _max_ms of {@code lateness}. */
    private static void putLateness(Map<String, Object> row, double[] lateness) {
        new Percentiles(lateness).summary().forEach((k, v) -> {
            if (!k.equals("count")) {
                row.put("lateness_" + k + "_ms", v);
            }
        });
    }

    /** A summary row for reports: rows, lateness percentiles (ms), duplicates and losses by each source. */
    Map<String, Object> summary(List<String> events) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("expected_firings", (long) events.size() * (to - from));
        long rows = rowsByEvent.values().stream().mapToLong(List::size).sum();
        row.put("body_rows", rows);
        putLateness(row, latenessMillis());
        row.put("duplicate_rows", duplicateRows());
        row.put("missing_firings", missingFirings(events));
        row.put("history_by_status", new LinkedHashMap<>(historyByStatus));
        row.put("history_duplicate_successes", historyDuplicateSuccesses);
        row.put("claims", claimsByNode.values().stream().mapToLong(Long::longValue).sum());
        row.put("rows_matched_by_claim_pct", rows == 0 ? null
                : Percentiles.round(100.0 * rowsMatchedByClaim / rows));
        return row;
    }
}
