package io.eventd.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExecutionHistory} must do; an implementation's test supplies an empty history. */
public abstract class ExecutionHistoryContract {
    protected abstract ExecutionHistory emptyHistory();

    private ExecutionHistory history;

    @BeforeEach
    void newHistory() {
        history = emptyHistory();
    }

    /** A run of {@code schema.event} due and started at {@code second}. */
    public static ExecutionRecord run(String schema, String event, long second, ExecutionStatus status) {
        boolean failed = status == ExecutionStatus.FAILED;
        return new ExecutionRecord(schema, event, second, Instant.ofEpochSecond(second, 250_000_000),
                status == ExecutionStatus.RUNNING ? null : Instant.ofEpochSecond(second + 1), status, failed ? 0 : 3,
                0, failed ? 1146 : null, failed ? "42S02" : null, failed ? "Table 'test.t' doesn't exist" : null,
                status == ExecutionStatus.SKIPPED ? "definer lost EVENT" : null, "node-1", 1, second);
    }

    @Test
    void queriesNewestFirstWithFiltersAndLimit() {
        history.record(run("test", "e1", 100, ExecutionStatus.SUCCESS));
        history.record(run("test", "e2", 200, ExecutionStatus.FAILED));
        history.record(run("test", "E1", 300, ExecutionStatus.FAILED));
        history.record(run("other", "e1", 400, ExecutionStatus.SUCCESS));
        assertThat(history.recent(10)).extracting(ExecutionRecord::scheduledAt).containsExactly(400L, 300L, 200L, 100L);
        assertThat(history.recent(2)).extracting(ExecutionRecord::scheduledAt).containsExactly(400L, 300L);
        assertThat(history.query(HistoryQuery.latest(10).forEvent("test", "e1")))
                .extracting(ExecutionRecord::scheduledAt).containsExactly(300L, 100L);
        assertThat(history.query(HistoryQuery.latest(10).withStatus(ExecutionStatus.FAILED)))
                .extracting(ExecutionRecord::scheduledAt).containsExactly(300L, 200L);
        assertThat(history.query(HistoryQuery.latest(10).startedSince(Instant.ofEpochSecond(200, 250_000_000))))
                .extracting(ExecutionRecord::scheduledAt).containsExactly(400L, 300L, 200L);
    }

    @Test
    void aRunRecordedAgainIsReplaced() {
        history.record(run("test", "e1", 100, ExecutionStatus.RUNNING));
        history.record(run("test", "e1", 100, ExecutionStatus.SUCCESS));
        assertThat(history.recent(10)).extracting(ExecutionRecord::status).containsExactly(ExecutionStatus.SUCCESS);
    }
}
