package io.eventd.core.node;

import io.eventd.core.event.EventKey;
import java.util.List;
import java.util.Objects;

/**
 * One member of the cluster.
 *
 * @param address host:port the member is reached at
 * @param local   true for the member answering
 * @param leads   the events this member schedules, ordered by schema then name
 */
public record ClusterMember(String name, String address, boolean local, List<EventKey> leads) {
    public ClusterMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        leads = List.copyOf(leads);
    }
}
