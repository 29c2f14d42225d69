package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.Map;

/**
 * Claims the firing {@code (event, scheduledAt)} atomically on the event's partition: accepted only when no firing
 * at or after {@code scheduledAt} was claimed before (a re-run of an abandoned firing may claim its own instant
 * again). Returns the new fencing token, or null when the claim is refused.
 */
public record ClaimProcessor(long scheduledAt, String member, String node, int attempt, boolean rerun)
        implements EntryProcessor<EventKey, RuntimeState, Long> {

    @Override
    public Long process(Map.Entry<EventKey, RuntimeState> entry) {
        RuntimeState state = entry.getValue() == null ? RuntimeState.NEVER_CLAIMED : entry.getValue();
        Long last = state.lastClaimedAt();
        boolean fresh = last == null || scheduledAt > last || rerun && scheduledAt == last && !state.running();
        if (!fresh) {
            return null;
        }
        RuntimeState claimed = state.claimed(scheduledAt, member, node, attempt);
        entry.setValue(claimed);
        return claimed.fencingToken();
    }
}
