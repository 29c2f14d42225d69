package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

final class PasswordHashProcessorSerializer implements CompactSerializer<PasswordHashProcessor> {
    @Override
    public PasswordHashProcessor read(CompactReader in) {
        return new PasswordHashProcessor(in.readString("passwordHash"));
    }

    @Override
    public void write(CompactWriter out, PasswordHashProcessor value) {
        out.writeString("passwordHash", value.passwordHash());
    }

    @Override
    public String getTypeName() {
        return "eventd.PasswordHashProcessor";
    }

    @Override
    public Class<PasswordHashProcessor> getCompactClass() {
        return PasswordHashProcessor.class;
    }
}
