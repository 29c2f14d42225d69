package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.RuntimeState;

final class RuntimeStateSerializer implements CompactSerializer<RuntimeState> {
    @Override
    public RuntimeState read(CompactReader in) {
        return new RuntimeState(in.readNullableInt64("lastClaimedAt"), in.readInt64("fencingToken"),
                in.readNullableInt64("runningAt"), in.readString("runningMember"), in.readString("runningNode"),
                in.readInt32("attempt"),
                in.readBoolean("handedOver"),
                in.readInt64("leaseUntil"), in.readInt64("runningToken"), in.readInt64("lastSuccessMillis"));
    }

    @Override
    public void write(CompactWriter out, RuntimeState state) {
        out.writeNullableInt64("lastClaimedAt", state.lastClaimedAt());
        out.writeInt64("fencingToken", state.fencingToken());
        out.writeNullableInt64("runningAt", state.runningAt());
        out.writeString("runningMember", state.runningMember());
        out.writeString("runningNode", state.runningNode());
        out.writeInt32("attempt", state.attempt());
        out.writeBoolean("handedOver", state.handedOver());
        out.writeInt64("leaseUntil", state.leaseUntil());
        out.writeInt64("runningToken", state.runningToken());
        out.writeInt64("lastSuccessMillis", state.lastSuccessMillis());
    }

    @Override
    public String getTypeName() {
        return "eventd.RuntimeState";
    }

    @Override
    public Class<RuntimeState> getCompactClass() {
        return RuntimeState.class;
    }
}
