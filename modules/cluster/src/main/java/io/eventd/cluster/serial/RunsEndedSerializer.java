package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.runtime.RunsEnded;

final class RunsEndedSerializer implements CompactSerializer<RunsEnded> {
    @Override
    public RunsEnded read(CompactReader in) {
        return new RunsEnded(in.readArrayOfString("schemas"), in.readArrayOfString("names"),
                in.readArrayOfInt64("tokens"), in.readArrayOfInt64("succeededAtMillis"));
    }

    @Override
    public void write(CompactWriter out, RunsEnded ended) {
        out.writeArrayOfString("schemas", ended.schemas());
        out.writeArrayOfString("names", ended.names());
        out.writeArrayOfInt64("tokens", ended.tokens());
        out.writeArrayOfInt64("succeededAtMillis", ended.succeededAtMillis());
    }

    @Override
    public String getTypeName() {
        return "eventd.RunsEnded";
    }

    @Override
    public Class<RunsEnded> getCompactClass() {
        return RunsEnded.class;
    }
}
