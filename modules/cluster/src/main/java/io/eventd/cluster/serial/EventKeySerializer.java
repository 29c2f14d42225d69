package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.EventKey;

final class EventKeySerializer implements CompactSerializer<EventKey> {
    @Override
    public EventKey read(CompactReader in) {
        return new EventKey(in.readString("schema"), in.readString("foldedName"));
    }

    @Override
    public void write(CompactWriter out, EventKey key) {
        out.writeString("schema", key.schema());
        out.writeString("foldedName", key.foldedName());
    }

    @Override
    public String getTypeName() {
        return "eventd.EventKey";
    }

    @Override
    public Class<EventKey> getCompactClass() {
        return EventKey.class;
    }
}
