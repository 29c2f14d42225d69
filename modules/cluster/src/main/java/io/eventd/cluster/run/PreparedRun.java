package io.eventd.cluster.run;

import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;
import java.util.concurrent.CompletableFuture;

/**
 * A firing claimed ahead of its instant (lock, fencing token and durable claim taken), waiting to run its body.
 *
 * @param last     the event has no firing after this one: its completion (drop or disable) follows the run
 * @param recorded done once its RUNNING record is written (or refused): its final record must come after
 */
record PreparedRun(EventDefinition event, long scheduledAt, int attempt, long token, boolean last,
                   CompletableFuture<Void> recorded) {

    /** A claimed run, its RUNNING record not written yet. */
    PreparedRun(EventDefinition event, long scheduledAt, int attempt, long token, boolean last) {
        this(event, scheduledAt, attempt, token, last, CompletableFuture.completedFuture(null));
    }

    PreparedRun recordedBy(CompletableFuture<Void> writing) {
        return new PreparedRun(event, scheduledAt, attempt, token, last, writing);
    }

    FiringKey firing() {
        return new FiringKey(event.schema(), event.key().foldedName(), scheduledAt, attempt);
    }
}
