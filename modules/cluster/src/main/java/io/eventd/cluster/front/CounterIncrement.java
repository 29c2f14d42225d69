package io.eventd.cluster.front;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/** Adds {@code by} to a counter entry (absent: zero); returns nothing. */
record CounterIncrement(long by) implements EntryProcessor<String, Long, Void> {

    @Override
    public Void process(Map.Entry<String, Long> entry) {
        Long value = entry.getValue();
        entry.setValue((value == null ? 0 : value) + by);
        return null;
    }
}
