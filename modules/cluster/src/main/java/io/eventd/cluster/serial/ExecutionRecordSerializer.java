package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import java.time.Instant;

/** Instants travel as epoch microseconds (MySQL's DATETIME(6) precision). */
final class ExecutionRecordSerializer implements CompactSerializer<ExecutionRecord> {
    @Override
    public ExecutionRecord read(CompactReader in) {
        return new ExecutionRecord(
                in.readString("schema"),
                in.readString("event"),
                in.readInt64("scheduledAt"),
                instant(in.readNullableInt64("startedAt")),
                instant(in.readNullableInt64("finishedAt")),
                ExecutionStatus.valueOf(in.readString("status")),
                in.readInt64("rowsAffected"),
                in.readInt32("warnings"),
                in.readNullableInt32("errorCode"),
                in.readString("sqlState"),
                in.readString("errorMessage"),
                in.readString("reason"),
                in.readString("node"),
                in.readInt32("attempt"),
                in.readInt64("fencingToken"));
    }

    @Override
    public void write(CompactWriter out, ExecutionRecord record) {
        out.writeString("schema", record.schema());
        out.writeString("event", record.event());
        out.writeInt64("scheduledAt", record.scheduledAt());
        out.writeNullableInt64("startedAt", micros(record.startedAt()));
        out.writeNullableInt64("finishedAt", micros(record.finishedAt()));
        out.writeString("status", record.status().name());
        out.writeInt64("rowsAffected", record.rowsAffected());
        out.writeInt32("warnings", record.warnings());
        out.writeNullableInt32("errorCode", record.errorCode());
        out.writeString("sqlState", record.sqlState());
        out.writeString("errorMessage", record.errorMessage());
        out.writeString("reason", record.reason());
        out.writeString("node", record.node());
        out.writeInt32("attempt", record.attempt());
        out.writeInt64("fencingToken", record.fencingToken());
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static Instant instant(Long micros) {
        return micros == null ? null : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                Math.floorMod(micros, 1_000_000) * 1_000L);
    }

    @Override
    public String getTypeName() {
        return "eventd.ExecutionRecord";
    }

    @Override
    public Class<ExecutionRecord> getCompactClass() {
        return ExecutionRecord.class;
    }
}
