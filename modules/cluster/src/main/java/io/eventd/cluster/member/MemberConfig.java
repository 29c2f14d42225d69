package io.eventd.cluster.member;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import com.hazelcast.map.MapStore;
import com.hazelcast.spi.properties.ClusterProperty;
import io.eventd.cluster.ClusterSettings;
import io.eventd.cluster.serial.ClusterSerializers;

/**
 * The Hazelcast member configuration built from {@link ClusterSettings}: TCP-IP or Kubernetes DNS join, multicast
 * and phone-home off, no shutdown hook (the node shuts down in order itself), fast failure detection, explicit
 * Compact serializers, and split-brain protection on the catalog, runtime and settings maps.
 */
public final class MemberConfig {
    /**
     * One backup of the maps written at every firing (runtime state, history): a second synchronous backup of each
     * write slowed firing enough, on two cores, to make runs overlap during rolling restarts. When more members die
     * at once than that, {@code UnsettledRunSweep} closes the runs whose state was lost, from MySQL's claims.
     */
    private static final int BACKUPS = 1;
    /**
     * Two backups of the maps written only by DDL (catalog, settings): three members hold the whole catalog, so
     * losing two at once loses no event (a lost partition would be loaded again from MySQL all the same).
     */
    private static final int DDL_BACKUPS = 2;

    private MemberConfig() {
    }

    public static Config build(ClusterSettings settings, MapStore<?, ?> catalogStore, MapStore<?, ?> settingsStore,
                               MapStore<?, ?> historyStore) {
        AsyncCompletions.ensurePooled();
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        // Unique in a JVM that holds members of several clusters (the tests): node names repeat across clusters.
        config.setInstanceName(settings.nodeName() + "@" + settings.clusterName());
        config.setProperty(ClusterProperty.PHONE_HOME_ENABLED.getName(), "false");
        config.setProperty(ClusterProperty.SHUTDOWNHOOK_ENABLED.getName(), "false");
        config.setProperty(ClusterProperty.HEARTBEAT_INTERVAL_SECONDS.getName(),
                Long.toString(settings.heartbeat().toSeconds()));
        config.setProperty(ClusterProperty.MAX_NO_HEARTBEAT_SECONDS.getName(),
                Long.toString(settings.maxNoHeartbeat().toSeconds()));
        // Joining waits for other members to show up; with a static list one second is plenty.
        config.setProperty(ClusterProperty.WAIT_SECONDS_BEFORE_JOIN.getName(), "1");
        config.setProperty(ClusterProperty.MAX_WAIT_SECONDS_BEFORE_JOIN.getName(), "3");
        config.setProperty(ClusterProperty.MERGE_FIRST_RUN_DELAY_SECONDS.getName(), "5");
        config.setProperty(ClusterProperty.MERGE_NEXT_RUN_DELAY_SECONDS.getName(), "5");
        config.setProperty("hazelcast.logging.type", "jdk");
        network(config.getNetworkConfig(), settings);
        ClusterSerializers.register(config.getSerializationConfig().getCompactSerializationConfig());

        config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(ClusterMaps.SPLIT_BRAIN_PROTECTION, true,
                settings.effectiveSplitBrainMinimum()));
        config.addMapConfig(protectedMap(ClusterMaps.CATALOG, DDL_BACKUPS)
                .setMapStoreConfig(writeThrough(catalogStore)));
        config.addMapConfig(protectedMap(ClusterMaps.SETTINGS, DDL_BACKUPS)
                .setMapStoreConfig(writeThrough(settingsStore).setOffload(true)));
        config.addMapConfig(protectedMap(ClusterMaps.RUNTIME, BACKUPS));
        // Not protected: a member left alone (the last one of a full stop) must still flush what it has not written.
        // A minority fires nothing, so the only records it can add are those of runs it had already claimed.
        config.addMapConfig(new MapConfig(ClusterMaps.HISTORY).setBackupCount(BACKUPS)
                .setMapStoreConfig(writeBehind(historyStore))
                .setEvictionConfig(new EvictionConfig()
                .setEvictionPolicy(EvictionPolicy.LRU)
                .setMaxSizePolicy(MaxSizePolicy.PER_NODE)
                .setSize(settings.historyInMemory())));
        return config;
    }

    private static void network(NetworkConfig network, ClusterSettings settings) {
        network.setPort(settings.port()).setPortAutoIncrement(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        switch (settings.discovery()) {
            case TCP_IP -> join.getTcpIpConfig().setEnabled(!settings.members().isEmpty())
                    .setMembers(settings.members());
            case KUBERNETES_DNS -> join.getKubernetesConfig().setEnabled(true)
                    .setProperty("service-dns", settings.serviceDns());
        }
    }

    private static MapConfig protectedMap(String name, int backups) {
        return new MapConfig(name).setBackupCount(backups)
                .setSplitBrainProtectionName(ClusterMaps.SPLIT_BRAIN_PROTECTION);
    }

    /**
     * Written behind, a second late, in batches, the latest state of a record only: a run's RUNNING and final
     * records usually reach MySQL as one row write. The backups hold what is not written yet.
     */
    private static MapStoreConfig writeBehind(MapStore<?, ?> store) {
        return new MapStoreConfig().setEnabled(true).setImplementation(store).setWriteDelaySeconds(1)
                .setWriteBatchSize(1_000).setWriteCoalescing(true)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.LAZY);
    }

    /**
     * Write-through, loaded eagerly, and not offloaded: an offloaded MapStore call splits an entry processor into
     * steps that a partition migration can interleave with, and the invocation is then retried after the value was
     * already stored, so a CREATE ran twice and answered 1537 for an event it had just created itself. On the
     * partition thread the load, the rules and the store are one step that a migration cannot cut. The settings map,
     * which no entry processor changes, is offloaded: a read of a setting not stored yet loads it from MySQL, and
     * while MySQL was away that load held a partition thread (and every claim on its partitions) for the metadata
     * pool's whole borrow timeout.
     */
    private static MapStoreConfig writeThrough(MapStore<?, ?> store) {
        return new MapStoreConfig().setEnabled(true).setImplementation(store).setWriteDelaySeconds(0)
                .setOffload(false).setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER);
    }
}
