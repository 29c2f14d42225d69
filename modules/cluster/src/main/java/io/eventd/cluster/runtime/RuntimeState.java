package io.eventd.cluster.runtime;

/**
 * The cluster's memory of one event's firings, kept on the event's partition: the last firing claimed, the
 * fencing token of that claim (incremented by every claim, never reused), and the run going on, if any. The run
 * going on is the event's lock: it holds a lease, so a holder that died unnoticed cannot block the event forever.
 *
 * @param lastClaimedAt  the scheduled instant (UTC epoch seconds) of the last claimed firing, null before the first
 * @param runningAt      the scheduled instant of the run going on, null when none
 * @param runningMember  the Hazelcast member UUID running it
 * @param runningNode    that member's node name, for the history
 * @param attempt        the attempt number of the run going on (1 unless re-run)
 * @param handedOver     the owner left gracefully after the last claim: the next owner runs every firing since
 * @param leaseUntil     epoch milliseconds after which the run going on no longer holds the event (0 when none)
 * @param runningToken   the fencing token of the run going on (0 when none; firings skipped meanwhile took newer ones)
 * @param lastSuccessMillis when the last successful run ended, epoch milliseconds (0 before the first)
 */
public record RuntimeState(Long lastClaimedAt, long fencingToken, Long runningAt, String runningMember,
                           String runningNode, int attempt, boolean handedOver, long leaseUntil, long runningToken,
                           long lastSuccessMillis) {

    public static final RuntimeState NEVER_CLAIMED = new RuntimeState(null, 0, null, null, null, 0, false, 0, 0, 0);

    public boolean running() {
        return runningAt != null;
    }

    /** Whether the run going on is the one that holds fencing token {@code token}. */
    public boolean runningWith(long token) {
        return running() && runningToken == token;
    }

    /** Whether the run going on still holds the event at {@code nowMillis}. */
    public boolean leaseHeld(long nowMillis) {
        return running() && leaseUntil > nowMillis;
    }

    RuntimeState claimed(long scheduledAt, String member, String node, int runAttempt, long lease) {
        return new RuntimeState(scheduledAt, fencingToken + 1, scheduledAt, member, node, runAttempt, false, lease,
                fencingToken + 1, lastSuccessMillis);
    }

    RuntimeState skipped(long scheduledAt) {
        return new RuntimeState(scheduledAt, fencingToken + 1, runningAt, runningMember, runningNode, attempt,
                false, leaseUntil, runningToken, lastSuccessMillis);
    }

    RuntimeState idle() {
        return ended(0);
    }

    /** The run going on ended; {@code succeededAtMillis}: when, if it succeeded (0 otherwise). */
    RuntimeState ended(long succeededAtMillis) {
        return new RuntimeState(lastClaimedAt, fencingToken, null, null, null, 0, handedOver, 0, 0,
                Math.max(lastSuccessMillis, succeededAtMillis));
    }

    /** Marked by an owner that stops scheduling the event while alive, once nothing of it runs there any more. */
    public RuntimeState withHandOver() {
        return new RuntimeState(lastClaimedAt, fencingToken, runningAt, runningMember, runningNode, attempt, true,
                leaseUntil, runningToken, lastSuccessMillis);
    }
}
