package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.Account;
import io.eventd.core.history.RunningExecution;
import java.time.Instant;

final class RunningExecutionSerializer implements CompactSerializer<RunningExecution> {
    @Override
    public RunningExecution read(CompactReader in) {
        return new RunningExecution(in.readInt64("id"), in.readString("node"), in.readString("schema"),
                in.readString("event"), new Account(in.readString("definerUser"), in.readString("definerHost")),
                Instant.ofEpochSecond(in.readInt64("startedSecond"), in.readInt32("startedNano")),
                in.readInt64("scheduledAt"));
    }

    @Override
    public void write(CompactWriter out, RunningExecution value) {
        out.writeInt64("id", value.id());
        out.writeString("node", value.node());
        out.writeString("schema", value.schema());
        out.writeString("event", value.event());
        out.writeString("definerUser", value.definer().user());
        out.writeString("definerHost", value.definer().host());
        out.writeInt64("startedSecond", value.started().getEpochSecond());
        out.writeInt32("startedNano", value.started().getNano());
        out.writeInt64("scheduledAt", value.scheduledAt());
    }

    @Override
    public String getTypeName() {
        return "eventd.RunningExecution";
    }

    @Override
    public Class<RunningExecution> getCompactClass() {
        return RunningExecution.class;
    }
}
