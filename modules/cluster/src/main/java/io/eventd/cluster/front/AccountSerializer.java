package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.Account;

final class AccountSerializer implements CompactSerializer<Account> {
    @Override
    public Account read(CompactReader in) {
        return new Account(in.readString("user"), in.readString("host"));
    }

    @Override
    public void write(CompactWriter out, Account value) {
        out.writeString("user", value.user());
        out.writeString("host", value.host());
    }

    @Override
    public String getTypeName() {
        return "eventd.Account";
    }

    @Override
    public Class<Account> getCompactClass() {
        return Account.class;
    }
}
