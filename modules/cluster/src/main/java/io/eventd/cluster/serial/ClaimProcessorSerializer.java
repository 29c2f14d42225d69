package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.ClaimProcessor;

final class ClaimProcessorSerializer implements CompactSerializer<ClaimProcessor> {
    @Override
    public ClaimProcessor read(CompactReader in) {
        return new ClaimProcessor(in.readInt64("scheduledAt"), in.readString("member"), in.readString("node"),
                in.readInt32("attempt"), ClaimProcessor.Mode.valueOf(in.readString("mode")), in.readInt64("nowMillis"),
                in.readInt64("leaseUntil"), in.readBoolean("atInstant"));
    }

    @Override
    public void write(CompactWriter out, ClaimProcessor claim) {
        out.writeInt64("scheduledAt", claim.scheduledAt());
        out.writeString("member", claim.member());
        out.writeString("node", claim.node());
        out.writeInt32("attempt", claim.attempt());
        out.writeString("mode", claim.mode().name());
        out.writeInt64("nowMillis", claim.nowMillis());
        out.writeInt64("leaseUntil", claim.leaseUntil());
        out.writeBoolean("atInstant", claim.atInstant());
    }

    @Override
    public String getTypeName() {
        return "eventd.ClaimProcessor";
    }

    @Override
    public Class<ClaimProcessor> getCompactClass() {
        return ClaimProcessor.class;
    }
}
