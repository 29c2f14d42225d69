package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.catalog.CreationContext;
import io.eventd.core.catalog.EventChange;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;

final class EventChangeSerializer implements CompactSerializer<EventChange> {
    @Override
    public EventChange read(CompactReader in) {
        return new EventChange(
                Fields.readAccount(in, "definer"),
                Fields.readSchedule(in),
                in.readString("timeZone"),
                Fields.enumOf(OnCompletion.class, in.readString("onCompletion")),
                Fields.enumOf(EventStatus.class, in.readString("status")),
                in.readString("comment"),
                in.readString("body"),
                in.readString("sqlMode"),
                in.readString("renameSchema"),
                in.readString("renameName"),
                in.readBoolean("scheduleInPast"),
                new CreationContext(in.readString("characterSetClient"), in.readString("collationConnection"),
                        in.readString("databaseCollation")),
                in.readInt64("now"));
    }

    @Override
    public void write(CompactWriter out, EventChange change) {
        Fields.writeAccount(out, "definer", change.definer());
        Fields.writeSchedule(out, change.schedule());
        out.writeString("timeZone", change.timeZone());
        out.writeString("onCompletion", Fields.name(change.onCompletion()));
        out.writeString("status", Fields.name(change.status()));
        out.writeString("comment", change.comment());
        out.writeString("body", change.body());
        out.writeString("sqlMode", change.sqlMode());
        out.writeString("renameSchema", change.renameSchema());
        out.writeString("renameName", change.renameName());
        out.writeBoolean("scheduleInPast", change.scheduleInPast());
        out.writeString("characterSetClient", change.context().characterSetClient());
        out.writeString("collationConnection", change.context().collationConnection());
        out.writeString("databaseCollation", change.context().databaseCollation());
        out.writeInt64("now", change.now());
    }

    @Override
    public String getTypeName() {
        return "eventd.EventChange";
    }

    @Override
    public Class<EventChange> getCompactClass() {
        return EventChange.class;
    }
}
