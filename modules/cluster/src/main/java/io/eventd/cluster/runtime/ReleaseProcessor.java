package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.Map;

/**
 * Ends the run that holds fencing token {@code token}: the event is idle again. Returns whether that run was still
 * the one recorded (false when a take-over came first). Used for a claim that is given up before its run starts,
 * and by a new owner that found the run's member gone (so exactly one member records it ABANDONED); runs that ended
 * release their events with {@link RunsEnded}.
 */
public record ReleaseProcessor(long token) implements EntryProcessor<EventKey, RuntimeState, Boolean> {

    @Override
    public Boolean process(Map.Entry<EventKey, RuntimeState> entry) {
        RuntimeState state = entry.getValue();
        if (state == null || !state.runningWith(token)) {
            return false;
        }
        entry.setValue(state.idle());
        return true;
    }
}
