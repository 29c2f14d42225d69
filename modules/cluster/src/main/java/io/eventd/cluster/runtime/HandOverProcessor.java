package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.Map;

/**
 * Marks an event handed over by a member that stops scheduling it while alive (it leaves, or its partition moved
 * to a member that joined): the next owner then runs every firing missed in between, however long the move took.
 * A run going on keeps the state as it is (its own release ends it); an event never claimed has nothing to mark.
 */
public record HandOverProcessor() implements EntryProcessor<EventKey, RuntimeState, Boolean> {

    @Override
    public Boolean process(Map.Entry<EventKey, RuntimeState> entry) {
        RuntimeState state = entry.getValue();
        if (state == null || state.running() || state.handedOver()) {
            return false;
        }
        entry.setValue(state.withHandOver());
        return true;
    }
}
