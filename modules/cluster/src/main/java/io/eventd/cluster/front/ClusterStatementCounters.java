package io.eventd.cluster.front;

import com.hazelcast.map.IMap;
import io.eventd.core.engine.CountedStatement;
import io.eventd.core.engine.StatementCounters;

/** {@code Com_*} counters for the whole cluster: one map entry per statement, incremented on its partition. */
public final class ClusterStatementCounters implements StatementCounters {
    private final IMap<String, Long> counters;

    public ClusterStatementCounters(IMap<String, Long> counters) {
        this.counters = counters;
    }

    @Override
    public void increment(CountedStatement statement) {
        counters.executeOnKey(statement.name(), new CounterIncrement(1));
    }

    @Override
    public long value(CountedStatement statement) {
        Long value = counters.get(statement.name());
        return value == null ? 0 : value;
    }
}
