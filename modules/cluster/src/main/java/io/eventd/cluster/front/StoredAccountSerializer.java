package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

final class StoredAccountSerializer implements CompactSerializer<StoredAccount> {
    @Override
    public StoredAccount read(CompactReader in) {
        Set<Privilege> global = EnumSet.noneOf(Privilege.class);
        for (String privilege : in.readArrayOfString("global")) {
            global.add(Privilege.valueOf(privilege));
        }
        return new StoredAccount(new Account(in.readString("user"), in.readString("host")),
                in.readString("passwordHash"),
                new Privileges(global, new TreeSet<>(Arrays.asList(in.readArrayOfString("eventSchemas")))));
    }

    @Override
    public void write(CompactWriter out, StoredAccount value) {
        out.writeString("user", value.account().user());
        out.writeString("host", value.account().host());
        out.writeString("passwordHash", value.passwordHash());
        out.writeArrayOfString("global", value.privileges().global().stream().map(Privilege::name)
                .toArray(String[]::new));
        out.writeArrayOfString("eventSchemas", value.privileges().eventSchemas().toArray(String[]::new));
    }

    @Override
    public String getTypeName() {
        return "eventd.StoredAccount";
    }

    @Override
    public Class<StoredAccount> getCompactClass() {
        return StoredAccount.class;
    }
}
