package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.Privilege;
import java.util.EnumSet;
import java.util.Set;

final class PrivilegeProcessorSerializer implements CompactSerializer<PrivilegeProcessor> {
    @Override
    public PrivilegeProcessor read(CompactReader in) {
        Set<Privilege> privileges = EnumSet.noneOf(Privilege.class);
        for (String privilege : in.readArrayOfString("privileges")) {
            privileges.add(Privilege.valueOf(privilege));
        }
        return new PrivilegeProcessor(in.readBoolean("grant"), privileges, in.readString("schema"));
    }

    @Override
    public void write(CompactWriter out, PrivilegeProcessor value) {
        out.writeBoolean("grant", value.grant());
        out.writeArrayOfString("privileges", value.privileges().stream().map(Privilege::name)
                .toArray(String[]::new));
        out.writeString("schema", value.schema());
    }

    @Override
    public String getTypeName() {
        return "eventd.PrivilegeProcessor";
    }

    @Override
    public Class<PrivilegeProcessor> getCompactClass() {
        return PrivilegeProcessor.class;
    }
}
