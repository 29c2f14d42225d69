package io.eventd.core.engine;

import java.time.Instant;

/** The time source of the engine: whole UTC epoch seconds. */
@FunctionalInterface
public interface Clock {

    long now();

    static Clock system() {
        return () -> Instant.now().getEpochSecond();
    }
}
