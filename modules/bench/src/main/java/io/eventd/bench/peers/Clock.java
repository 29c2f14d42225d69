package io.eventd.bench.peers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock helpers: the scenarios plan on whole seconds. */
final class Clock {
    private Clock() {
    }

    /** The first whole second at least {@code margin} from now. */
    static Instant wholeSecondAfter(Duration margin) {
        return Instant.now().plus(margin).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }

    static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
