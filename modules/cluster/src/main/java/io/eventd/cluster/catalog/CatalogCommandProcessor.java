package io.eventd.cluster.catalog;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.catalog.CatalogRules;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import java.util.Map;
import java.util.Optional;

/**
 * Runs core's {@link CatalogRules} on the key's partition owner, atomically with the store (and the MapStore's
 * write-through to MySQL). The backups run it again on their copy, which gives the same decision.
 */
public record CatalogCommandProcessor(CatalogCommand command)
        implements EntryProcessor<EventKey, EventDefinition, CatalogDecision> {

    @Override
    public CatalogDecision process(Map.Entry<EventKey, EventDefinition> entry) {
        CatalogDecision decision = CatalogRules.decide(Optional.ofNullable(entry.getValue()), command);
        if (decision.changed()) {
            entry.setValue(decision.stored());
        }
        return decision;
    }
}
