package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

final class RunNowTaskSerializer implements CompactSerializer<RunNowTask> {
    @Override
    public RunNowTask read(CompactReader in) {
        return new RunNowTask(in.readString("schema"), in.readString("foldedName"), in.readInt64("scheduledAt"));
    }

    @Override
    public void write(CompactWriter out, RunNowTask value) {
        out.writeString("schema", value.schema());
        out.writeString("foldedName", value.foldedName());
        out.writeInt64("scheduledAt", value.scheduledAt());
    }

    @Override
    public String getTypeName() {
        return "eventd.RunNowTask";
    }

    @Override
    public Class<RunNowTask> getCompactClass() {
        return RunNowTask.class;
    }
}
