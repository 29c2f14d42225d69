package io.eventd.cluster.run;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.eventd.cluster.member.ClusterMaps;
import io.eventd.cluster.runtime.FiringKey;
import io.eventd.cluster.runtime.RuntimeState;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.history.ExecutionRecord;

/** The distributed maps the engine works on, looked up once. */
public record EngineMaps(
        IMap<EventKey, EventDefinition> catalog,
        IMap<EventKey, RuntimeState> runtime,
        IMap<FiringKey, ExecutionRecord> history) {

    public static EngineMaps of(HazelcastInstance hazelcast) {
        return new EngineMaps(hazelcast.getMap(ClusterMaps.CATALOG), hazelcast.getMap(ClusterMaps.RUNTIME),
                hazelcast.getMap(ClusterMaps.HISTORY));
    }
}
