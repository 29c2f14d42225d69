package io.eventd.cluster.front;

import com.hazelcast.config.CompactSerializationConfig;

/** Explicit Compact serializers for every value, entry processor and task the front door's ports put on the wire. */
final class FrontSerializers {
    private FrontSerializers() {
    }

    static void register(CompactSerializationConfig config) {
        config.addSerializer(new AccountSerializer())
                .addSerializer(new StoredAccountSerializer())
                .addSerializer(new PasswordHashProcessorSerializer())
                .addSerializer(new PrivilegeProcessorSerializer())
                .addSerializer(new RunningExecutionSerializer())
                .addSerializer(new CounterIncrementSerializer())
                .addSerializer(new RunNowTaskSerializer())
                .addSerializer(new RunningListTaskSerializer())
                .addSerializer(new AccessTokenSerializer());
    }
}
