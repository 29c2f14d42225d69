package io.eventd.cluster.front;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.jdbc.store.JdbcAccountStore;
import io.eventd.jdbc.store.MetadataSchema;

/**
 * The distributed structures the front door's ports work on, added to a member's configuration: accounts (written
 * through to MySQL, split-brain protected like the catalog), bearer tokens, running executions, statement counters,
 * and the member attribute carrying the node name.
 */
public final class FrontMaps {
    /** {@code IMap<Account, StoredAccount>}: accounts and grants, written through to MySQL, loaded eagerly. */
    public static final String ACCOUNTS = "eventd.accounts";
    /** {@code IMap<String, AccessToken>}: bearer tokens by digest, each entry living until the token expires. */
    public static final String TOKENS = "eventd.tokens";
    /** Flake id generator of the processlist ids. */
    public static final String RUNNING_IDS = "eventd.running.ids";
    /** {@code IMap<String, Long>}: {@code Com_*} counters by statement. */
    public static final String COUNTERS = "eventd.counters";
    /** Executor that hands run-now requests to the event's owner. */
    public static final String RUN_NOW = "eventd.runnow";
    /** Executor that asks every member for what it alone knows (the bodies it runs). */
    public static final String QUERIES = "eventd.queries";
    /** Member attribute holding the node name. */
    static final String NODE_ATTRIBUTE = "eventd.node";

    private FrontMaps() {
    }

    /** Adds the front door's structures and serializers to {@code config}; returns it. */
    public static Config configure(Config config, ClusterSettings settings, MetadataSchema metadata) {
        config.getMemberAttributeConfig().setAttribute(NODE_ATTRIBUTE, settings.nodeName());
        FrontSerializers.register(config.getSerializationConfig().getCompactSerializationConfig());
        config.addMapConfig(new MapConfig(ACCOUNTS).setBackupCount(1)
                .setSplitBrainProtectionName(ClusterMaps.SPLIT_BRAIN_PROTECTION)
                .setMapStoreConfig(new MapStoreConfig().setEnabled(true)
                        .setImplementation(new AccountMapStore(new JdbcAccountStore(metadata)))
                        .setWriteDelaySeconds(0)
                        .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER)));
        config.addMapConfig(new MapConfig(TOKENS).setBackupCount(1));
        config.addMapConfig(new MapConfig(COUNTERS).setBackupCount(1));
        return config;
    }
}
