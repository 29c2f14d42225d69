package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.FiringKey;

final class FiringKeySerializer implements CompactSerializer<FiringKey> {
    @Override
    public FiringKey read(CompactReader in) {
        return new FiringKey(in.readString("schema"), in.readString("event"), in.readInt64("scheduledAt"),
                in.readInt32("attempt"));
    }

    @Override
    public void write(CompactWriter out, FiringKey key) {
        out.writeString("schema", key.schema());
        out.writeString("event", key.event());
        out.writeInt64("scheduledAt", key.scheduledAt());
        out.writeInt32("attempt", key.attempt());
    }

    @Override
    public String getTypeName() {
        return "eventd.FiringKey";
    }

    @Override
    public Class<FiringKey> getCompactClass() {
        return FiringKey.class;
    }
}
