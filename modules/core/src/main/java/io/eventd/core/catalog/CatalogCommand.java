package io.eventd.core.catalog;

import io.eventd.core.event.EventDefinition;

/**
 * A change to one event, with every value already evaluated: what {@link CatalogRules} decides against the
 * key's current value. Plain data, so a cluster can ship it to the key's owner.
 */
public sealed interface CatalogCommand {

    /** {@code CREATE EVENT}; {@code typedName} is the name as the statement wrote it (for 1537). */
    record Create(EventDefinition event, boolean ifNotExists, String typedName) implements CatalogCommand {
    }

    /** {@code ALTER EVENT}; {@code typedName} is the source name as written (for 1539). */
    record Alter(EventChange change, String typedName) implements CatalogCommand {
    }

    /** {@code DROP EVENT}. */
    record Drop(boolean ifExists, String typedName) implements CatalogCommand {
    }

    /**
     * The scheduler fired the event at {@code firedAt}; {@code last} when no firing follows (one-time, or the next
     * would pass ENDS): the event is then disabled (PRESERVE) or dropped (NOT PRESERVE).
     */
    record Fired(long firedAt, boolean last) implements CatalogCommand {
    }

    /** The schedule ended without a further firing (ENDS passed while the scheduler was off): disable or drop. */
    record Ended() implements CatalogCommand {
    }
}
