package io.eventd.cluster.serial;

import com.hazelcast.config.CompactSerializationConfig;

/** Registers an explicit Compact serializer for every value and entry processor eventd puts on the wire. */
public final class ClusterSerializers {
    private ClusterSerializers() {
    }

    public static void register(CompactSerializationConfig config) {
        config.addSerializer(new EventKeySerializer())
                .addSerializer(new EventDefinitionSerializer())
                .addSerializer(new EventChangeSerializer())
                .addSerializer(new CatalogDecisionSerializer())
                .addSerializer(new CatalogCommandProcessorSerializer())
                .addSerializer(new RuntimeStateSerializer())
                .addSerializer(new ClaimProcessorSerializer())
                .addSerializer(new ReleaseProcessorSerializer())
                .addSerializer(new RunsEndedSerializer())
                .addSerializer(new HandOverProcessorSerializer())
                .addSerializer(new FiringKeySerializer())
                .addSerializer(new ExecutionRecordSerializer());
    }
}
