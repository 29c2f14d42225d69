package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.HandOverProcessor;

final class HandOverProcessorSerializer implements CompactSerializer<HandOverProcessor> {
    @Override
    public HandOverProcessor read(CompactReader in) {
        return new HandOverProcessor();
    }

    @Override
    public void write(CompactWriter out, HandOverProcessor handOver) {
        // no fields: the processor's meaning is its type
    }

    @Override
    public String getTypeName() {
        return "eventd.HandOverProcessor";
    }

    @Override
    public Class<HandOverProcessor> getCompactClass() {
        return HandOverProcessor.class;
    }
}
