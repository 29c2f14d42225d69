package io.eventd.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.eventd.cluster.catalog.CatalogMapStore;
import io.eventd.cluster.catalog.ClusterCatalog;
import io.eventd.cluster.front.FrontMaps;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.member.MemberConfig;
import io.eventd.cluster.front.ClusterNodeInfo;
import io.eventd.cluster.metrics.ClusterMeters;
import io.eventd.cluster.metrics.EngineMetrics;
import io.eventd.cluster.run.DaemonThreads;
import io.eventd.cluster.run.DefinerCheck;
import io.eventd.cluster.run.EngineMaps;
import io.eventd.cluster.run.FiringPipeline;
import io.eventd.cluster.run.HistoryMapStore;
import io.eventd.cluster.run.HistoryRecorder;
import io.eventd.cluster.run.LostPartitions;
import io.eventd.cluster.run.OwnedEvents;
import io.eventd.cluster.run.OwnershipListeners;
import io.eventd.cluster.run.RunObserver;
import io.eventd.cluster.run.UnsettledRunSweep;
import io.eventd.cluster.settings.SchedulerSwitch;
import io.eventd.cluster.settings.SettingsMapStore;
import io.eventd.cluster.timer.DueQueue;
import io.eventd.cluster.timer.FiringTimer;
import io.eventd.cluster.timer.NextFiring;
import io.eventd.core.catalog.Catalog;
import io.eventd.core.event.EventKey;
import io.eventd.jdbc.body.BodyRunner;
import io.eventd.jdbc.store.JdbcCatalogStore;
import io.eventd.jdbc.store.JdbcClaimStore;
import io.eventd.jdbc.store.JdbcHistoryStore;
import io.eventd.jdbc.store.MetadataSchema;
import io.micrometer.core.instrument.MeterRegistry;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One eventd cluster member: a Hazelcast member holding the catalog (written through to MySQL), the timer of the
 * events it owns, and the executor that runs their bodies on the target. {@link #stop()} shuts down in order: no
 * new firings, running bodies finish, then the member leaves so its partitions (and events) move to the others.
 */
public final class ClusterNode implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ClusterNode.class.getName());
    private static final long RECONCILE_MILLIS = 1_000;
    private static final long AUDIT_MILLIS = 2_000;
    private static final Duration QUORUM_WAIT = Duration.ofMinutes(2);
    private static final long QUORUM_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final ClusterSettings settings;
    private final HazelcastInstance hazelcast;
    private final ClusterCatalog catalog;
    private final EngineMetrics metrics;
    private final ScheduledExecutorService control;
    private final ScheduledExecutorService sweeper;
    private final FiringTimer timer;
    private final OwnedEvents owned;
    private final OwnershipListeners listeners;
    private final SchedulerSwitch schedulerSwitch;
    private final FiringPipeline pipeline;
    private final LostPartitions lostPartitions;
    private final DataSource metadata;
    private final String metadataSchema;
    /**
     * Whether the timer hands out firings: false as soon as event_scheduler turns OFF, true again only once every
     * owned event's next firing was recomputed after ON (else a firing queued before OFF would be caught up).
     */
    private volatile boolean firing;

    /**
     * The connections to the metadata store: {@code claims} serves the claiming thread alone, {@code store} everything
     * else (catalog, history, accounts, the sweep of unsettled runs). Both may be the same pool; a separate claims
     * pool with a short borrow timeout lets the member skip the firings of a metadata outage on time instead of
     * waiting out the store's longer timeout for each, then catching up the seconds it fell behind.
     */
    public record MetadataPools(DataSource store, DataSource claims) {
        /** One pool for everything. */
        public static MetadataPools of(DataSource store) {
            return new MetadataPools(store, store);
        }
    }

    /** Starts the Hazelcast member of a node from its configuration. */
    @FunctionalInterface
    public interface MemberFactory {
        HazelcastInstance start(Config config);
    }

    private ClusterNode(ClusterSettings settings, DataSource target, MetadataPools pools, String metadataSchema,
                        MeterRegistry registry, MemberFactory members) {
        DataSource metadata = pools.store();
        this.settings = settings;
        this.metadata = metadata;
        this.metadataSchema = metadataSchema;
        MetadataSchema schema = new MetadataSchema(metadata, metadataSchema);
        JdbcCatalogStore catalogStore = new JdbcCatalogStore(schema);
        this.hazelcast = members.start(FrontMaps.configure(MemberConfig.build(settings,
                new CatalogMapStore(catalogStore), new SettingsMapStore(metadata, metadataSchema),
                new HistoryMapStore(new JdbcHistoryStore(schema))),
                settings, schema));
        EngineMaps maps = awaitSplitBrainMinimum(hazelcast, settings);
        this.catalog = new ClusterCatalog(maps.catalog(), maps.runtime());
        DueQueue queue = new DueQueue();
        this.metrics = new EngineMetrics(registry, settings.nodeName());
        this.control = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("eventd-control-"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("eventd-sweep-"));
        HistoryRecorder history = new HistoryRecorder(maps.history());
        this.schedulerSwitch = new SchedulerSwitch(hazelcast.getMap(ClusterMaps.SETTINGS), this::turned);
        this.firing = schedulerSwitch.isOn();
        this.timer = new FiringTimer("eventd-timer-" + settings.nodeName(), queue, FiringPipeline.AHEAD,
                () -> firing, this::dispatch);
        this.owned = new OwnedEvents(hazelcast, maps, new NextFiring(ZoneId.systemDefault()), queue, timer::wake,
                history, metrics, settings.abandonedPolicy(), this::rerun, schedulerSwitch::isOn);
        metrics.countOwned(owned::size);
        JdbcClaimStore claimStore = new JdbcClaimStore(schema);
        JdbcClaimStore claiming = claimStore.through(pools.claims());
        BooleanSupplier majority = () -> hazelcast.getCluster().getMembers().size()
                >= settings.effectiveSplitBrainMinimum();
        this.pipeline = new FiringPipeline(maps, claiming, catalogStore, history, new BodyRunner(target), settings,
                hazelcast.getCluster().getLocalMember().getUuid().toString(), metrics, owned, majority);
        BooleanSupplier oldestWithMajority = () -> majority.getAsBoolean()
                && hazelcast.getCluster().getMembers().iterator().next().localMember();
        this.lostPartitions = new LostPartitions(maps.catalog(), oldestWithMajority);
        UnsettledRunSweep sweep = new UnsettledRunSweep(hazelcast.getMap(ClusterMaps.SETTINGS), maps, claimStore,
                history, metrics, oldestWithMajority, settings.bodyTimeout(), Clock.systemUTC());
        this.listeners = new OwnershipListeners(hazelcast, maps, owned, control);
        control.scheduleWithFixedDelay(() -> quietly("ownership check", owned::reconcile), 0, RECONCILE_MILLIS,
                TimeUnit.MILLISECONDS);
        control.scheduleWithFixedDelay(() -> quietly("ownership audit", owned::audit), AUDIT_MILLIS, AUDIT_MILLIS,
                TimeUnit.MILLISECONDS);
        control.scheduleWithFixedDelay(() -> quietly("recovery of lost partitions", lostPartitions::recover),
                AUDIT_MILLIS, AUDIT_MILLIS, TimeUnit.MILLISECONDS);
        // On its own thread: its MySQL query waits out a pool timeout while the metadata store is away, which must
        // not hold up the ownership checks on the control thread.
        sweeper.scheduleWithFixedDelay(() -> quietly("check of unsettled runs", sweep::sweep),
                AUDIT_MILLIS, UnsettledRunSweep.PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        timer.start();
        ClusterMeters.start(hazelcast, maps, history, settings, new ClusterNodeInfo(this, metadata)::nextFire,
                registry);
    }

    /**
     * Starts a member: joins (or forms) the cluster, waits for the split-brain minimum of members, loads the catalog
     * from {@code metadataSchema} on {@code metadata}, and schedules its share of the events, whose bodies run on
     * {@code target}.
     */
    public static ClusterNode start(ClusterSettings settings, DataSource target, MetadataPools metadata,
                                    String metadataSchema, MeterRegistry registry) {
        return start(settings, target, metadata, metadataSchema, registry, Hazelcast::newHazelcastInstance);
    }

    /**
     * As {@link #start(ClusterSettings, DataSource, MetadataPools, String, MeterRegistry)}, the member made by a
     * test.
     */
    public static ClusterNode start(ClusterSettings settings, DataSource target, MetadataPools metadata,
                                    String metadataSchema, MeterRegistry registry, MemberFactory members) {
        return new ClusterNode(settings, target, metadata, metadataSchema, registry, members);
    }

    /** The cluster-wide catalog (core's port). */
    public Catalog catalog() {
        return catalog;
    }

    /** {@code @@global.event_scheduler}, cluster-wide and persisted. */
    public SchedulerSwitch scheduler() {
        return schedulerSwitch;
    }

    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    public ClusterSettings settings() {
        return settings;
    }

    /** The store of eventd's own tables (catalog, claims, history, accounts). */
    public DataSource metadataDataSource() {
        return metadata;
    }

    public String metadataSchema() {
        return metadataSchema;
    }

    /**
     * Runs {@code key} once on this member, as a firing due at {@code scheduledAt}, through the normal lock and claim
     * path (the caller routes the request to the event's owner).
     */
    public void fireNow(EventKey key, long scheduledAt) {
        pipeline.due(scheduledAt, List.of(key), 1);
    }

    /**
     * From now on a firing whose definer lost its account or the EVENT privilege on the event's schema is SKIPPED
     * (set by the front door, which holds the accounts; until then every definer may run).
     */
    public void checkDefiners(DefinerCheck check) {
        pipeline.checkDefiners(check);
    }

    /** From now on {@code runs} hears of every body this member runs ({@link RunObserver#NONE}: nobody). */
    public void observeRuns(RunObserver runs) {
        pipeline.observeRuns(runs);
    }

    /** Events this member schedules now. */
    public int ownedEvents() {
        return owned.size();
    }

    /** Ordered shutdown: stop taking firings, let running bodies end, then leave so partitions migrate. */
    public void stop() {
        try {
            timer.stop();
            listeners.close();
            lostPartitions.close();
            control.shutdownNow();
            sweeper.shutdownNow();
            pipeline.stop();
            handOver();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            schedulerSwitch.close();
            hazelcast.shutdown();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handOver() {
        try {
            owned.handOver();
            EngineMaps.of(hazelcast).history().flush();
        } catch (SplitBrainProtectionException e) {
            LOG.fine("a minority has nothing to hand over: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot mark the events of " + settings.nodeName() + " handed over; their next"
                    + " owners resume them as after a crash", e);
        }
    }

    private void turned(boolean on) {
        if (!on) {
            firing = false;
            return;
        }
        control.execute(() -> {
            owned.resumeAll();
            firing = schedulerSwitch.isOn();
            timer.wake();
        });
    }

    private void dispatch(long at, List<EventKey> keys) {
        pipeline.due(at, keys, 1);
    }

    private void rerun(EventKey key, long at, int attempt) {
        pipeline.due(at, List.of(key), attempt);
    }

    /** A periodic task that fails (the cluster changing under it) tries again at its next period. */
    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, what + " failed; retrying", e);
        }
    }

    /**
     * The protected maps refuse every operation (their eager load too) until the split-brain minimum of members is
     * there: a member starting first waits for its peers.
     */
    private static EngineMaps awaitSplitBrainMinimum(HazelcastInstance hazelcast, ClusterSettings settings) {
        long deadline = System.nanoTime() + QUORUM_WAIT.toNanos();
        while (true) {
            try {
                if (hazelcast.getCluster().getMembers().size() >= settings.effectiveSplitBrainMinimum()) {
                    EngineMaps maps = EngineMaps.of(hazelcast);
                    maps.catalog().size();
                    return maps;
                }
            } catch (SplitBrainProtectionException e) {
                LOG.fine("waiting for the split-brain minimum: " + e.getMessage());
            }
            if (System.nanoTime() > deadline) {
                hazelcast.shutdown();
                throw new IllegalStateException("only " + hazelcast.getCluster().getMembers().size() + " of the "
                        + settings.effectiveSplitBrainMinimum() + " members needed joined within " + QUORUM_WAIT);
            }
            LockSupport.parkNanos(QUORUM_POLL_NANOS);
        }
    }
}
