package io.eventd.core.engine;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.catalog.Catalog;
import io.eventd.core.catalog.Schemas;
import java.util.Objects;

/** The ports statements run against. */
public record Engine(Catalog catalog, Schemas schemas, Accounts accounts, Scheduler scheduler) {
    public Engine {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
