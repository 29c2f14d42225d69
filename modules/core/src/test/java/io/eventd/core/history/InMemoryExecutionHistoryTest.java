package io.eventd.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryExecutionHistoryTest extends ExecutionHistoryContract {
    @Override
    protected ExecutionHistory emptyHistory() {
        return new InMemoryExecutionHistory(100);
    }

    @Test
    void forgetsTheEarliestRecordedPastItsCapacity() {
        InMemoryExecutionHistory history = new InMemoryExecutionHistory(2);
        for (long second = 1; second <= 3; second++) {
            history.record(run("test", "e", second, ExecutionStatus.SUCCESS));
        }
        assertThat(history.recent(10)).extracting(ExecutionRecord::scheduledAt).containsExactly(3L, 2L);
    }
}
