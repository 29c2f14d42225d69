package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.Map;

/**
 * Claims the firing {@code (event, scheduledAt)} atomically on the event's partition: accepted only when no firing
 * at or after {@code scheduledAt} was claimed before. Returns the new fencing token, or null when refused.
 * {@link Mode#SKIP} claims a firing that will not run (it leaves the run going on recorded); {@link Mode#RERUN}
 * claims an abandoned firing's own instant again once its run was released.
 */
public record ClaimProcessor(long scheduledAt, String member, String node, int attempt, Mode mode)
        implements EntryProcessor<EventKey, RuntimeState, Long> {

    public enum Mode { RUN, SKIP, RERUN }

    @Override
    public Long process(Map.Entry<EventKey, RuntimeState> entry) {
        RuntimeState state = entry.getValue() == null ? RuntimeState.NEVER_CLAIMED : entry.getValue();
        Long last = state.lastClaimedAt();
        boolean fresh = last == null || scheduledAt > last
                || mode == Mode.RERUN && scheduledAt == last && !state.running();
        if (!fresh) {
            return null;
        }
        RuntimeState claimed = mode == Mode.SKIP
                ? state.skipped(scheduledAt)
                : state.claimed(scheduledAt, member, node, attempt);
        entry.setValue(claimed);
        return claimed.fencingToken();
    }
}
