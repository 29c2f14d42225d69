package io.eventd.bench.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of one scenario run: the database the runner started, the members, the report. Closing stops the
 * members, then the database, and writes the report.
 */
final class BenchRun implements AutoCloseable {
    final BenchDatabase database;
    final ClusterLayout layout;
    Members members;
    final Report report;

    BenchRun(CommonOptions options, Report report, int memberCount, int runThreads,
            Function<ClusterLayout, Members> start) {
        this.report = report;
        this.database = BenchDatabase.start(options.dbDir, options.maxConnections);
        database.execute(BenchEvents.FIRINGS_TABLE);
        this.layout = new ClusterLayout(memberCount, database, report.folder(), runThreads);
        long started = System.nanoTime();
        this.members = start.apply(layout);
        report.note(memberCount + " member(s) ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Stops every member, does {@code whileDown}, then starts the cluster again from the same layout (a
     * full-cluster restart); returns how long the start took, in seconds, until every member was ready.
     */
    double restartMembers(Function<ClusterLayout, Members> start, Runnable whileDown) {
        members.close();
        whileDown.run();
        long started = System.nanoTime();
        members = start.apply(layout);
        return (System.nanoTime() - started) / 1e9;
    }

    /** Sets event_scheduler cluster-wide through member {@code via}. */
    void scheduler(boolean on, int via) {
        members.http(via).sqlOk("SET GLOBAL event_scheduler = " + (on ? "ON" : "OFF"), null);
    }

    static List<String> names(String prefix, int from, int to) {
        List<String> names = new ArrayList<>();
        for (int i = from; i < to; i++) {
            names.add(BenchEvents.name(prefix, i));
        }
        return names;
    }

    /** Sleeps until the wall clock reaches the epoch second given. */
    static void sleepUntil(long epochSecond) {
        long millis = epochSecond * 1000 - System.currentTimeMillis();
        if (millis > 0) {
            Members.pause(millis);
        }
    }

    static long nowSecond() {
        return System.currentTimeMillis() / 1000;
    }

    Path folder() {
        return report.folder();
    }

    @Override
    public void close() {
        try {
            members.close();
        } finally {
            database.close();
            report.write();
        }
    }
}
