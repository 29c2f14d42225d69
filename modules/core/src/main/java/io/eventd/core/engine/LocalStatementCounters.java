package io.eventd.core.engine;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one JVM. */
public final class LocalStatementCounters implements StatementCounters {
    private final Map<CountedStatement, AtomicLong> counts = new EnumMap<>(CountedStatement.class);

    public LocalStatementCounters() {
        for (CountedStatement statement : CountedStatement.values()) {
            counts.put(statement, new AtomicLong());
        }
    }

    @Override
    public void increment(CountedStatement statement) {
        counts.get(statement).incrementAndGet();
    }

    @Override
    public long value(CountedStatement statement) {
        return counts.get(statement).get();
    }
}
