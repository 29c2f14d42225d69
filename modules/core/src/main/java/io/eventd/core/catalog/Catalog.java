package io.eventd.core.catalog;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.List;
import java.util.Optional;

/**
 * The event catalog port. Every change is a {@link CatalogCommand} decided by {@link CatalogRules} against the
 * key's current value and applied atomically for that key (a cluster runs the same rule on the key's owner), so
 * two racing {@code CREATE EVENT e} give one success and one 1537. Listings are ordered by schema, then name.
 */
public interface Catalog {

    Optional<EventDefinition> find(EventKey key);

    /** Every event, ordered by schema then name. */
    List<EventDefinition> list();

    /** The events of one schema, ordered by name. */
    List<EventDefinition> list(String schema);

    /** Decides {@code command} against the key's current value and stores the outcome, atomically. */
    CatalogDecision apply(EventKey key, CatalogCommand command);

    /**
     * {@code ALTER EVENT … RENAME TO}: decided by {@link CatalogRules#rename} against both keys' current values and
     * applied atomically: the event moves from {@code from} to {@code to}.
     */
    CatalogDecision rename(EventKey from, EventKey to, CatalogCommand.Alter command);

    /** Removes every event of a schema (DROP DATABASE); returns what was removed. */
    List<EventDefinition> dropSchema(String schema);
}
