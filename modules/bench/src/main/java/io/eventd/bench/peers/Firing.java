package io.eventd.bench.peers;

/**
 * One run of a job as its body recorded it.
 *
 * @param name           the event, job or task
 * @param instance       the scheduler instance that ran it; null for MariaDB's own scheduler
 * @param scheduledMicros the instant it was scheduled for (UTC epoch microseconds)
 * @param firedMicros    the body's {@code NOW(6)} (UTC epoch microseconds)
 */
record Firing(String name, String instance, long scheduledMicros, long firedMicros) {
    long latenessMicros() {
        return firedMicros - scheduledMicros;
    }

    long scheduledSecond() {
        return Math.floorDiv(scheduledMicros, 1_000_000L);
    }
}
