package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

/** The task has no state: the member it arrives on answers. */
final class RunningListTaskSerializer implements CompactSerializer<RunningListTask> {
    @Override
    public RunningListTask read(CompactReader in) {
        return new RunningListTask();
    }

    @Override
    public void write(CompactWriter out, RunningListTask task) {
        // no fields
    }

    @Override
    public String getTypeName() {
        return "eventd.RunningListTask";
    }

    @Override
    public Class<RunningListTask> getCompactClass() {
        return RunningListTask.class;
    }
}
