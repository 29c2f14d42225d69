package io.eventd.cluster.run;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryLoadedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;
import com.hazelcast.query.Predicates;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Feeds {@link OwnedEvents}: a local entry listener on the catalog (events of this member's partitions), partition
 * migrations, membership changes and this member's merge after a split. Work is handed to the control executor,
 * never done on Hazelcast's threads.
 */
public final class OwnershipListeners implements AutoCloseable {

    private final HazelcastInstance hazelcast;
    private final EngineMaps maps;
    private final UUID catalogListener;
    private final UUID migrationListener;
    private final UUID membershipListener;
    private final UUID lifecycleListener;

    public OwnershipListeners(HazelcastInstance hazelcast, EngineMaps maps, OwnedEvents owned, Executor control) {
        this.hazelcast = hazelcast;
        this.maps = maps;
        this.catalogListener = maps.catalog().addLocalEntryListener(new CatalogChanges(owned, control),
                Predicates.alwaysTrue(), true);
        Runnable reconcile = () -> control.execute(owned::reconcile);
        this.migrationListener = hazelcast.getPartitionService().addMigrationListener(new Migrations(reconcile));
        this.membershipListener = hazelcast.getCluster().addMembershipListener(new Membership(reconcile));
        this.lifecycleListener = hazelcast.getLifecycleService().addLifecycleListener(
                new Merge(() -> control.execute(owned::merged)));
    }

    @Override
    public void close() {
        maps.catalog().removeEntryListener(catalogListener);
        hazelcast.getPartitionService().removeMigrationListener(migrationListener);
        hazelcast.getCluster().removeMembershipListener(membershipListener);
        hazelcast.getLifecycleService().removeLifecycleListener(lifecycleListener);
    }

    private record CatalogChanges(OwnedEvents owned, Executor control)
            implements EntryAddedListener<EventKey, EventDefinition>, EntryUpdatedListener<EventKey, EventDefinition>,
            EntryRemovedListener<EventKey, EventDefinition>, EntryLoadedListener<EventKey, EventDefinition> {

        @Override
        public void entryAdded(EntryEvent<EventKey, EventDefinition> event) {
            control.execute(() -> owned.changed(event.getKey()));
        }

        @Override
        public void entryLoaded(EntryEvent<EventKey, EventDefinition> event) {
            control.execute(() -> owned.changed(event.getKey()));
        }

        /** LAST_EXECUTED written by a firing does not move the schedule; any other change does. */
        @Override
        public void entryUpdated(EntryEvent<EventKey, EventDefinition> event) {
            EventDefinition before = event.getOldValue();
            EventDefinition after = event.getValue();
            if (before == null || !before.withLastExecuted(0).equals(after.withLastExecuted(0))) {
                control.execute(() -> owned.changed(event.getKey()));
            }
        }

        @Override
        public void entryRemoved(EntryEvent<EventKey, EventDefinition> event) {
            owned.removed(event.getKey());
        }
    }

    private record Migrations(Runnable reconcile) implements MigrationListener {
        @Override
        public void migrationStarted(MigrationState state) {
        }

        @Override
        public void migrationFinished(MigrationState state) {
            reconcile.run();
        }

        @Override
        public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
        }

        @Override
        public void replicaMigrationFailed(ReplicaMigrationEvent event) {
        }
    }

    private record Membership(Runnable reconcile) implements MembershipListener {
        @Override
        public void memberAdded(MembershipEvent event) {
            reconcile.run();
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            reconcile.run();
        }
    }

    private record Merge(Runnable merged) implements LifecycleListener {
        @Override
        public void stateChanged(LifecycleEvent event) {
            if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
                merged.run();
            }
        }
    }
}
