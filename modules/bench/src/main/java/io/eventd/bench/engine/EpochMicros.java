package io.eventd.bench.engine;

import java.time.Instant;

/** Microseconds since the epoch: the unit of every instant the bench compares (MariaDB's NOW(6) included). */
final class EpochMicros {
    private EpochMicros() {
    }

    static long now() {
        return of(Instant.now());
    }

    static long of(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
