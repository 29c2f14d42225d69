package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link StatementCounters} must do; an implementation's test supplies fresh counters. */
public abstract class StatementCountersContract {
    protected abstract StatementCounters fresh();

    @Test
    void startAtZeroAndCountEachStatementApart() {
        StatementCounters counters = fresh();
        counters.increment(CountedStatement.CREATE_EVENT);
        counters.increment(CountedStatement.CREATE_EVENT);
        counters.increment(CountedStatement.SHOW_EVENTS);
        assertThat(counters.value(CountedStatement.CREATE_EVENT)).isEqualTo(2);
        assertThat(counters.value(CountedStatement.SHOW_EVENTS)).isEqualTo(1);
        assertThat(counters.value(CountedStatement.DROP_EVENT)).isZero();
    }

    @Test
    void concurrentIncrementsAreAllCounted() throws Exception {
        StatementCounters counters = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 250; n++) {
                        counters.increment(CountedStatement.ALTER_EVENT);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            assertThat(counters.value(CountedStatement.ALTER_EVENT)).isEqualTo(1000);
        } finally {
            pool.shutdownNow();
        }
    }
}
