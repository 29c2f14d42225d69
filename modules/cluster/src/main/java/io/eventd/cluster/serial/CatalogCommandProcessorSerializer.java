package io.eventd.cluster.serial;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.cluster.catalog.CatalogCommandProcessor;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.EventChange;
import io.eventd.core.event.EventDefinition;

/** A catalog command as one flat record: its kind, and the fields the kind uses (the others empty). */
final class CatalogCommandProcessorSerializer implements CompactSerializer<CatalogCommandProcessor> {
    @Override
    public CatalogCommandProcessor read(CompactReader in) {
        boolean flag = in.readBoolean("flag");
        String typedName = in.readString("typedName");
        CatalogCommand command = switch (in.readString("kind")) {
            case "CREATE" -> new CatalogCommand.Create(in.readCompact("event"), flag, typedName);
            case "ALTER" -> new CatalogCommand.Alter(in.readCompact("change"), typedName);
            case "DROP" -> new CatalogCommand.Drop(flag, typedName);
            case "FIRED" -> new CatalogCommand.Fired(in.readInt64("firedAt"), flag);
            case "ENDED" -> new CatalogCommand.Ended();
            default -> throw new IllegalArgumentException("unknown catalog command kind");
        };
        return new CatalogCommandProcessor(command);
    }

    @Override
    public void write(CompactWriter out, CatalogCommandProcessor processor) {
        CatalogCommand command = processor.command();
        String kind = null;
        EventDefinition event = null;
        EventChange change = null;
        boolean flag = false;
        String typedName = null;
        long firedAt = 0;
        if (command instanceof CatalogCommand.Create create) {
            kind = "CREATE";
            event = create.event();
            flag = create.ifNotExists();
            typedName = create.typedName();
        } else if (command instanceof CatalogCommand.Alter alter) {
            kind = "ALTER";
            change = alter.change();
            typedName = alter.typedName();
        } else if (command instanceof CatalogCommand.Drop drop) {
            kind = "DROP";
            flag = drop.ifExists();
            typedName = drop.typedName();
        } else if (command instanceof CatalogCommand.Fired fired) {
            kind = "FIRED";
            flag = fired.last();
            firedAt = fired.firedAt();
        } else if (command instanceof CatalogCommand.Ended) {
            kind = "ENDED";
        }
        out.writeString("kind", kind);
        out.writeCompact("event", event);
        out.writeCompact("change", change);
        out.writeBoolean("flag", flag);
        out.writeString("typedName", typedName);
        out.writeInt64("firedAt", firedAt);
    }

    @Override
    public String getTypeName() {
        return "eventd.CatalogCommandProcessor";
    }

    @Override
    public Class<CatalogCommandProcessor> getCompactClass() {
        return CatalogCommandProcessor.class;
    }
}
