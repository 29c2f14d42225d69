package io.eventd.cluster.runtime;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.event.EventKey;
import java.util.Map;

/**
 * Claims the firing {@code (event, scheduledAt)} atomically on the event's partition, taking the event's lock in
 * the same step: accepted only when no firing at or after {@code scheduledAt} was claimed before. The claim starts
 * a run holding the lease until {@code leaseUntil}, unless a run of the event still holds its lease: then, at the
 * firing's instant ({@code atInstant}), the firing is claimed as skipped (MySQL's rule: an event never overlaps
 * itself); before it, nothing changes and the answer is "busy" (ask again at the instant). {@link Mode#RERUN}
 * claims an abandoned firing's own instant again once its run was released. The answer is read with {@link #ran},
 * {@link #skipped}, {@link #busy} and {@link #token}: null when refused.
 */
public record ClaimProcessor(long scheduledAt, String member, String node, int attempt, Mode mode, long nowMillis,
                             long leaseUntil, boolean atInstant)
        implements EntryProcessor<EventKey, RuntimeState, Long> {

    private static final long BUSY = 0;

    public enum Mode { RUN, RERUN }

    @Override
    public Long process(Map.Entry<EventKey, RuntimeState> entry) {
        RuntimeState state = entry.getValue() == null ? RuntimeState.NEVER_CLAIMED : entry.getValue();
        Long last = state.lastClaimedAt();
        boolean fresh = last == null || scheduledAt > last
                || mode == Mode.RERUN && scheduledAt == last && !state.running();
        if (!fresh) {
            return null;
        }
        if (state.leaseHeld(nowMillis)) {
            if (!atInstant) {
                return BUSY;
            }
            RuntimeState skipped = state.skipped(scheduledAt);
            entry.setValue(skipped);
            return -skipped.fencingToken();
        }
        RuntimeState claimed = state.claimed(scheduledAt, member, node, attempt, leaseUntil);
        entry.setValue(claimed);
        return claimed.fencingToken();
    }

    /** The claim starts a run. */
    public static boolean ran(Long answer) {
        return answer != null && answer > 0;
    }

    /** The firing was claimed as skipped: the previous run holds the event. */
    public static boolean skipped(Long answer) {
        return answer != null && answer < 0;
    }

    /** A run holds the event ahead of the firing's instant: claim again at the instant. */
    public static boolean busy(Long answer) {
        return answer != null && answer == BUSY;
    }

    /** The fencing token of a run or a skipped claim. */
    public static long token(Long answer) {
        return Math.abs(answer);
    }
}
