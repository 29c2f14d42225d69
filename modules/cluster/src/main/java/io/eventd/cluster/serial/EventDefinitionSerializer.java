package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;

final class EventDefinitionSerializer implements CompactSerializer<EventDefinition> {
    @Override
    public EventDefinition read(CompactReader in) {
        return new EventDefinition(
                in.readString("schema"),
                in.readString("name"),
                Fields.readAccount(in, "definer"),
                in.readString("timeZone"),
                in.readString("body"),
                in.readString("sqlMode"),
                Fields.readSchedule(in),
                OnCompletion.valueOf(in.readString("onCompletion")),
                EventStatus.valueOf(in.readString("status")),
                in.readString("comment"),
                in.readInt64("created"),
                in.readInt64("lastAltered"),
                in.readNullableInt64("lastExecuted"),
                in.readInt64("originator"),
                in.readString("characterSetClient"),
                in.readString("collationConnection"),
                in.readString("databaseCollation"));
    }

    @Override
    public void write(CompactWriter out, EventDefinition event) {
        out.writeString("schema", event.schema());
        out.writeString("name", event.name());
        Fields.writeAccount(out, "definer", event.definer());
        out.writeString("timeZone", event.timeZone());
        out.writeString("body", event.body());
        out.writeString("sqlMode", event.sqlMode());
        Fields.writeSchedule(out, event.schedule());
        out.writeString("onCompletion", event.onCompletion().name());
        out.writeString("status", event.status().name());
        out.writeString("comment", event.comment());
        out.writeInt64("created", event.created());
        out.writeInt64("lastAltered", event.lastAltered());
        out.writeNullableInt64("lastExecuted", event.lastExecuted());
        out.writeInt64("originator", event.originator());
        out.writeString("characterSetClient", event.characterSetClient());
        out.writeString("collationConnection", event.collationConnection());
        out.writeString("databaseCollation", event.databaseCollation());
    }

    @Override
    public String getTypeName() {
        return "eventd.EventDefinition";
    }

    @Override
    public Class<EventDefinition> getCompactClass() {
        return EventDefinition.class;
    }
}
