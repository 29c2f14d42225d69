package io.eventd.cluster.testing;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.eventd.core.event.EventKey;
import java.util.ArrayList;
import java.util.List;

/** Event names chosen by the member owning their partition: hashing alone may give a member none of a handful. */
public final class Owners {
    private Owners() {
    }

    /** {@code count} names {@code prefix0, prefix1, ...} whose partitions the member on {@code port} owns or not. */
    public static List<String> names(HazelcastInstance view, String schema, String prefix, int port, boolean ownedByIt,
                                     int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            String name = prefix + i;
            Member owner = view.getPartitionService().getPartition(EventKey.of(schema, name)).getOwner();
            if ((owner.getAddress().getPort() == port) == ownedByIt) {
                names.add(name);
            }
        }
        return names;
    }
}
