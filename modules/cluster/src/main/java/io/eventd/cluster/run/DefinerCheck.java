package io.eventd.cluster.run;

import io.eventd.core.event.EventDefinition;
import java.util.Optional;

/**
 * MySQL's check before each run (mysql-events.md 2.4): the event's definer still exists and holds EVENT on the
 * event's schema, else the run is SKIPPED. Served by whoever holds the accounts (the cluster's front door).
 */
@FunctionalInterface
public interface DefinerCheck {
    /** Before the accounts are known to the engine: every definer may run. */
    DefinerCheck NONE = event -> Optional.empty();

    /** Why {@code event} may not run now (the SKIPPED reason), or empty when its definer may run it. */
    Optional<String> refusal(EventDefinition event);
}
