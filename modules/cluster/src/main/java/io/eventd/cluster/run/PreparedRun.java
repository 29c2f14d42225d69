package io.eventd.cluster.run;

import io.eventd.cluster.runtime.FiringKey;
import io.eventd.core.event.EventDefinition;

/**
 * A firing claimed ahead of its instant (lock, fencing token and durable claim taken), waiting to run its body.
 *
 * @param last the event has no firing after this one: its completion (drop or disable) follows the run
 */
record PreparedRun(EventDefinition event, long scheduledAt, int attempt, long token, boolean last) {

    FiringKey firing() {
        return new FiringKey(event.schema(), event.key().foldedName(), scheduledAt, attempt);
    }
}
