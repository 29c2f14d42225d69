package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

final class CounterIncrementSerializer implements CompactSerializer<CounterIncrement> {
    @Override
    public CounterIncrement read(CompactReader in) {
        return new CounterIncrement(in.readInt64("by"));
    }

    @Override
    public void write(CompactWriter out, CounterIncrement value) {
        out.writeInt64("by", value.by());
    }

    @Override
    public String getTypeName() {
        return "eventd.CounterIncrement";
    }

    @Override
    public Class<CounterIncrement> getCompactClass() {
        return CounterIncrement.class;
    }
}
