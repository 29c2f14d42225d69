package io.eventd.cluster.run;

import com.hazelcast.map.IMap;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Recovery of catalog partitions the grid lost. When the members holding every copy of a partition die at once (more
 * members than the map has backups), Hazelcast reports it lost; MySQL still has the catalog, so the events missing
 * from the map are loaded again (the owners' audit then schedules them). The oldest member does it, with a majority,
 * at its periodic check; a failed load is tried again at the next one. (Runs whose state was lost are closed by
 * {@link UnsettledRunSweep}.)
 */
public final class LostPartitions {
    private static final Logger LOG = Logger.getLogger(LostPartitions.class.getName());

    private final IMap<EventKey, EventDefinition> catalog;
    private final BooleanSupplier oldestWithMajority;
    private final UUID registration;
    private volatile boolean catalogLost;

    public LostPartitions(IMap<EventKey, EventDefinition> catalog, BooleanSupplier oldestWithMajority) {
        this.catalog = catalog;
        this.oldestWithMajority = oldestWithMajority;
        this.registration = catalog.addPartitionLostListener(event -> {
            LOG.warning("catalog partition " + event.getPartitionId() + " lost; reloading it from MySQL");
            catalogLost = true;
        });
    }

    /** Reloads the catalog if a partition of it was lost and this member is the one to do it. */
    public void recover() {
        if (!catalogLost || !oldestWithMajority.getAsBoolean()) {
            return;
        }
        catalogLost = false;
        try {
            catalog.loadAll(false);
        } catch (RuntimeException e) {
            catalogLost = true;
            throw e;
        }
    }

    /** Forgets the listener (the member is stopping). */
    public void close() {
        catalog.removePartitionLostListener(registration);
    }
}
