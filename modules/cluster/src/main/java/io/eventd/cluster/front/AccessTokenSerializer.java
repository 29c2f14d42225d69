package io.eventd.cluster.front;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import io.eventd.core.event.Account;
import io.eventd.core.token.AccessToken;

final class AccessTokenSerializer implements CompactSerializer<AccessToken> {
    @Override
    public AccessToken read(CompactReader in) {
        return new AccessToken(in.readString("digest"), new Account(in.readString("user"), in.readString("host")),
                in.readInt64("expiresAt"));
    }

    @Override
    public void write(CompactWriter out, AccessToken value) {
        out.writeString("digest", value.digest());
        out.writeString("user", value.account().user());
        out.writeString("host", value.account().host());
        out.writeInt64("expiresAt", value.expiresAt());
    }

    @Override
    public String getTypeName() {
        return "eventd.AccessToken";
    }

    @Override
    public Class<AccessToken> getCompactClass() {
        return AccessToken.class;
    }
}
