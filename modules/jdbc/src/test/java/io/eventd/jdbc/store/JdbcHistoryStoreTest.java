package io.eventd.jdbc.store;

import io.eventd.core.history.HistoryQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JdbcHistoryStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");

    private final JdbcHistoryStore store = new JdbcHistoryStore(
            new MetadataSchema(SharedMariaDb.pool().dataSource(), SharedMariaDb.uniqueName("history")));

    private static ExecutionRecord running(String event, long scheduledAt, int secondsAfterT0) {
        return new ExecutionRecord("shop", event, scheduledAt, T0.plusSeconds(secondsAfterT0), null,
                ExecutionStatus.RUNNING, 0, 0, null, null, null, null, "node-a", 1, 100 + secondsAfterT0);
    }

    private static ExecutionRecord finished(ExecutionRecord run, ExecutionStatus status) {
        boolean failed = status == ExecutionStatus.FAILED;
        return new ExecutionRecord(run.schema(), run.event(), run.scheduledAt(), run.startedAt(),
                run.startedAt().plusMillis(1_500), status, failed ? 0 : 3, failed ? 0 : 2, failed ? 1146 : null,
                failed ? "42S02" : null, failed ? "Table 'shop.nope' doesn't exist" : null,
                status == ExecutionStatus.SKIPPED ? "previous run still going" : null, run.node(), run.attempt(),
                run.fencingToken());
    }

    @Test
    void aRunningRecordIsLaterFinishedInPlace() {
        ExecutionRecord run = running("purge", 1_767_225_600L, 0);
        store.save(run);
        assertThat(store.find(HistoryQuery.latest(10))).containsExactly(run);

        ExecutionRecord done = finished(run, ExecutionStatus.FAILED);
        store.save(done);

        assertThat(store.find(HistoryQuery.latest(10))).containsExactly(done);
    }

    @Test
    void keepsEveryFieldWithMicroseconds() {
        ExecutionRecord skipped = new ExecutionRecord("shop", "Café", 1_767_225_660L, T0, T0.plusNanos(1_000),
                ExecutionStatus.SKIPPED, 0, 0, null, null, null, "previous run still going", "node-c", 3, 9L);
        ExecutionRecord success = finished(running("Café", 1_767_225_720L, 60), ExecutionStatus.SUCCESS);
        store.save(skipped);
        store.save(success);

        assertThat(store.find(HistoryQuery.latest(10))).containsExactly(success, skipped);
    }

    @Test
    void findsByEventSinceAndStatusNewestFirstUpToALimit() {
        ExecutionRecord[] purges = new ExecutionRecord[5];
        for (int i = 0; i < purges.length; i++) {
            purges[i] = finished(running("purge", 1_767_225_600L + 60L * i, 60 * i),
                    i % 2 == 0 ? ExecutionStatus.SUCCESS : ExecutionStatus.FAILED);
            store.save(purges[i]);
        }
        ExecutionRecord other = finished(running("report", 1_767_225_600L, 30), ExecutionStatus.SUCCESS);
        store.save(other);

        assertThat(store.find(HistoryQuery.latest(10).forEvent("shop", "PURGE")))
                .containsExactly(purges[4], purges[3], purges[2], purges[1], purges[0]);
        assertThat(store.find(HistoryQuery.latest(2).forEvent("shop", "purge")))
                .containsExactly(purges[4], purges[3]);
        assertThat(store.find(HistoryQuery.latest(10).forEvent("shop", "purge").withStatus(ExecutionStatus.SUCCESS)
                .startedSince(T0.plusSeconds(60)))).containsExactly(purges[4], purges[2]);
        assertThat(store.find(HistoryQuery.latest(10).withStatus(ExecutionStatus.SUCCESS)))
                .containsExactly(purges[4], purges[2], other, purges[0]);
        assertThat(store.find(HistoryQuery.latest(10).forEvent("other_schema", "purge"))).isEmpty();
    }
}
