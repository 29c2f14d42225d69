package io.eventd.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What actually happened, read back from MySQL: claim rows and history rows (metadata schema) and the rows the
 * bodies inserted ({@code fired(event, at)} in the target schema, {@code at} = the body's own NOW(6)). Events are
 * named {@code e<N>} and their bodies insert N.
 */
final class FiringLedger {
    private static final List<String> STATUSES = List.of("SUCCESS", "FAILED", "SKIPPED", "ABANDONED", "RETRYING",
            "RUNNING");
    /** NOW(6) in MariaDB and Instant.now() in the node read the same clock; allow for rounding only. */
    private static final long CLOCK_TOLERANCE_MICROS = 2_000;
    /** The nodes' default body timeout (60 s). */
    private static final long BODY_TIMEOUT_MICROS = 60_000_000L;

    /** One history row: a run (or a skipped firing) of event {@code event}. */
    record Run(long event, long scheduledAt, long attempt, String status, long startedMicros, long finishedMicros) {
        boolean ran() {
            return !status.equals("SKIPPED");
        }
    }

    private final FaultDatabase db;
    private final String schema;
    private final String metadataSchema;

    FiringLedger(FaultDatabase db, String schema, String metadataSchema) {
        this.db = db;
        this.schema = schema;
        this.metadataSchema = metadataSchema;
    }

    /** Creates the table the bodies write to. */
    void createBodyTable() {
        db.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "`",
                "CREATE TABLE IF NOT EXISTS `" + schema + "`.fired (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                        + "event INT NOT NULL, at TIMESTAMP(6) NOT NULL, KEY (event, at))");
    }

    /** The body of event {@code e<n>}. */
    static String body(int n) {
        return "INSERT INTO fired (event, at) VALUES (" + n + ", NOW(6))";
    }

    /** Claims of firings scheduled from {@code from} on. */
    long claimsSince(long from) {
        return db.count("SELECT COUNT(*) FROM `" + metadataSchema + "`.claims WHERE schema_name = '" + schema
                + "' AND scheduled_at >= " + from);
    }

    /** Claims written (claimed_at) in [fromMillis, toMillis], whatever firing they are for. */
    long claimsWrittenBetween(long fromMillis, long toMillis) {
        return db.count("SELECT COUNT(*) FROM `" + metadataSchema + "`.claims WHERE schema_name = '" + schema
                + "' AND UNIX_TIMESTAMP(claimed_at) * 1000 BETWEEN " + fromMillis + " AND " + toMillis);
    }

    /** How many distinct events have a claim for a firing scheduled at or after {@code second}. */
    long eventsClaimedFrom(long second) {
        return db.count("SELECT COUNT(DISTINCT event_name) FROM `" + metadataSchema + "`.claims WHERE schema_name = '"
                + schema + "' AND scheduled_at >= " + second);
    }

    /** How many distinct events have a claim written since {@code sinceMillis}. */
    long eventsClaimedSince(long sinceMillis) {
        return db.count("SELECT COUNT(DISTINCT event_name) FROM `" + metadataSchema + "`.claims WHERE schema_name = '"
                + schema + "' AND UNIX_TIMESTAMP(claimed_at) * 1000 >= " + sinceMillis);
    }

    /**
     * Runs recorded as going on (RUNNING) right now, and claimed firings whose run is not in the history table yet
     * (firings are claimed half a second ahead; history is written behind, a second or two after the run).
     */
    long runsInFlight(long from) {
        // The collation of history's event_name (case-insensitive) lets the subquery use its unique key: the long
        // profile's 90 000 claims made an UPPER() comparison quadratic (minutes per poll).
        return db.count("SELECT COUNT(*) FROM `" + metadataSchema + "`.history WHERE schema_name = '" + schema
                + "' AND status = 'RUNNING'") + db.count("SELECT COUNT(*) FROM `" + metadataSchema + "`.claims c"
                + " WHERE c.schema_name = '" + schema + "' AND c.scheduled_at >= " + from + " AND NOT EXISTS"
                + " (SELECT 1 FROM `" + metadataSchema + "`.history h WHERE h.schema_name = c.schema_name"
                + " AND h.event_name = c.event_name COLLATE utf8mb4_general_ci AND h.scheduled_at = c.scheduled_at)");
    }

    /**
     * Reads everything recorded for firings scheduled from {@code from} on (epoch seconds; call it with the
     * scheduler paused and nothing in flight) and checks it: every second of [from, to] of every event was claimed
     * or recorded, except inside {@code excused} windows (the documented policy); every other list must be empty.
     */
    Verdict verify(int events, long from, long to, List<Window> excused) {
        String eventId = "CAST(SUBSTRING(event_name, 2) AS UNSIGNED)";
        String window = " AND scheduled_at >= " + from;
        List<long[]> claims = db.rows("SELECT " + eventId + ", scheduled_at, COUNT(*) FROM `" + metadataSchema
                + "`.claims WHERE schema_name = '" + schema + "'" + window + " GROUP BY 1, 2");
        List<Run> runs = db.rows("SELECT " + eventId + ", scheduled_at, attempt, FIELD(status, "
                        + String.join(", ", STATUSES.stream().map(s -> "'" + s + "'").toList()) + "), "
                        + "TIMESTAMPDIFF(MICROSECOND, '1970-01-01', started_at), "
                        + "TIMESTAMPDIFF(MICROSECOND, '1970-01-01', finished_at) FROM `" + metadataSchema
                        + "`.history WHERE schema_name = '" + schema + "'" + window).stream()
                .map(r -> new Run(r[0], r[1], r[2], STATUSES.get((int) r[3] - 1), r[4], r[5])).toList();
        List<long[]> bodies = db.rows("SELECT event, CAST(UNIX_TIMESTAMP(at) * 1000000 AS SIGNED) FROM `" + schema
                + "`.fired WHERE at >= FROM_UNIXTIME(" + from + ") ORDER BY event, at");

        Verdict.Builder verdict = new Verdict.Builder(claims.size(), runs.size());
        Map<String, List<Run>> byFiring = new HashMap<>();
        runs.forEach(run -> byFiring.computeIfAbsent(run.event() + "@" + run.scheduledAt(), k -> new ArrayList<>())
                .add(run));
        for (long[] claim : claims) {
            String firing = "e" + claim[0] + "@" + claim[1];
            if (claim[2] > 1) {
                verdict.duplicateClaims.add(firing);
            }
            if (!byFiring.containsKey(claim[0] + "@" + claim[1])) {
                verdict.claimsWithoutHistory.add(firing);
            }
        }
        byFiring.forEach((firing, rows) -> {
            if (rows.size() > 1) {
                verdict.firingsRecordedTwice.add("e" + firing + " " + rows);
            }
            rows.stream().filter(r -> r.status().equals("RUNNING") || r.status().equals("RETRYING"))
                    .forEach(r -> verdict.unfinishedRuns.add("e" + firing + " " + r));
            rows.forEach(r -> verdict.statuses.merge(r.status(), 1L, Long::sum));
        });
        matchBodies(runs, bodies, from, verdict);
        findMissed(events, from, to, claims, runs, excused, verdict);
        return verdict.build();
    }

    /**
     * Every body row belongs to the run of its event that started last before it (runs of one event never overlap:
     * the event lock); no run has two; every SUCCESS run has one. The run's end is not used: the engine records
     * {@code finished_at} as start + the body's duration, which leaves out the RUNNING write before the body, so a
     * body's NOW(6) can fall after it.
     */
    private static void matchBodies(List<Run> runs, List<long[]> bodies, long from, Verdict.Builder verdict) {
        Map<Long, TreeMap<Long, Run>> runsByEvent = new HashMap<>();
        runs.stream().filter(Run::ran)
                .forEach(r -> runsByEvent.computeIfAbsent(r.event(), k -> new TreeMap<>()).put(r.startedMicros(), r));
        Map<Run, Integer> bodyCount = new HashMap<>();
        for (long[] body : bodies) {
            Map.Entry<Long, Run> owner = runsByEvent.getOrDefault(body[0], new TreeMap<>())
                    .floorEntry(body[1] + CLOCK_TOLERANCE_MICROS);
            if (owner == null || body[1] > owner.getKey() + BODY_TIMEOUT_MICROS) {
                // the first runs may have started before the window: only rows well inside it count
                if (body[1] / 1_000_000 > from + 1) {
                    verdict.bodyRowsWithoutRun.add("e" + body[0] + " at " + body[1]);
                }
                continue;
            }
            if (bodyCount.merge(owner.getValue(), 1, Integer::sum) == 2) {
                verdict.runsWithTwoBodyRows.add("e" + body[0] + " " + owner.getValue());
            }
        }
        verdict.bodyRows = bodies.size();
        runs.stream().filter(r -> r.status().equals("SUCCESS") && !bodyCount.containsKey(r))
                .forEach(r -> verdict.successWithoutBodyRow.add("e" + r.event() + " " + r));
    }

    /** Seconds with neither a claim nor a history row, outside the excused windows; and the longest gap. */
    private static void findMissed(int events, long from, long to, List<long[]> claims, List<Run> runs,
                                   List<Window> excused, Verdict.Builder verdict) {
        Map<Long, TreeMap<Long, Boolean>> seen = new HashMap<>();
        claims.forEach(c -> seen.computeIfAbsent(c[0], k -> new TreeMap<>()).put(c[1], true));
        runs.forEach(r -> seen.computeIfAbsent(r.event(), k -> new TreeMap<>()).put(r.scheduledAt(), true));
        for (long event = 0; event < events; event++) {
            TreeMap<Long, Boolean> seconds = seen.getOrDefault(event, new TreeMap<>());
            long gap = 0;
            for (long second = from; second <= to; second++) {
                if (seconds.containsKey(second)) {
                    gap = 0;
                    continue;
                }
                verdict.maxMissedRun = Math.max(verdict.maxMissedRun, ++gap);
                long s = second;
                if (excused.stream().noneMatch(w -> w.contains(s))) {
                    verdict.missed.add("e" + event + "@" + second);
                } else {
                    verdict.excusedMisses++;
                }
            }
        }
    }

    /** Seconds [from, to] where missed firings are the documented policy (failure detection, no database, …). */
    record Window(String why, long from, long to) {
        boolean contains(long second) {
            return second >= from && second <= to;
        }
    }
}
