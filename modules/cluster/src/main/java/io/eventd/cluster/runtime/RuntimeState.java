package io.eventd.cluster.runtime;

/**
 * The cluster's memory of one event's firings, kept on the event's partition: the last firing claimed, the
 * fencing token of that claim (incremented by every claim, never reused), and the run going on, if any.
 *
 * @param lastClaimedAt  the scheduled instant (UTC epoch seconds) of the last claimed firing, null before the first
 * @param runningAt      the scheduled instant of the run going on, null when none
 * @param runningMember  the Hazelcast member UUID running it
 * @param runningNode    that member's node name, for the history
 * @param attempt        the attempt number of the run going on (1 unless re-run)
 * @param handedOver     the owner left gracefully after the last claim: the next owner runs every firing since
 */
public record RuntimeState(Long lastClaimedAt, long fencingToken, Long runningAt, String runningMember,
                           String runningNode, int attempt, boolean handedOver) {

    public static final RuntimeState NEVER_CLAIMED = new RuntimeState(null, 0, null, null, null, 0, false);

    public boolean running() {
        return runningAt != null;
    }

    RuntimeState claimed(long scheduledAt, String member, String node, int runAttempt) {
        return new RuntimeState(scheduledAt, fencingToken + 1, scheduledAt, member, node, runAttempt, false);
    }

    RuntimeState skipped(long scheduledAt) {
        return new RuntimeState(scheduledAt, fencingToken + 1, runningAt, runningMember, runningNode, attempt,
                false);
    }

    RuntimeState idle() {
        return new RuntimeState(lastClaimedAt, fencingToken, null, null, null, 0, handedOver);
    }

    /** Marked by an owner leaving gracefully, once nothing of the event runs on it any more. */
    public RuntimeState withHandOver() {
        return new RuntimeState(lastClaimedAt, fencingToken, runningAt, runningMember, runningNode, attempt, true);
    }
}
