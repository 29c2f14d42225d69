package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.ReleaseProcessor;

final class ReleaseProcessorSerializer implements CompactSerializer<ReleaseProcessor> {
    @Override
    public ReleaseProcessor read(CompactReader in) {
        return new ReleaseProcessor(in.readInt64("token"));
    }

    @Override
    public void write(CompactWriter out, ReleaseProcessor release) {
        out.writeInt64("token", release.token());
    }

    @Override
    public String getTypeName() {
        return "eventd.ReleaseProcessor";
    }

    @Override
    public Class<ReleaseProcessor> getCompactClass() {
        return ReleaseProcessor.class;
    }
}
