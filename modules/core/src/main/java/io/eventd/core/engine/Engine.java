package io.eventd.core.engine;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.catalog.Catalog;
import io.eventd.core.catalog.Schemas;
import io.eventd.core.history.ExecutionHistory;
import io.eventd.core.history.InMemoryExecutionHistory;
import io.eventd.core.history.InMemoryRunningExecutions;
import io.eventd.core.history.RunningExecutions;
import java.util.Objects;

/** The ports statements run against. */
public record Engine(Catalog catalog, Schemas schemas, Accounts accounts, Scheduler scheduler,
                     RunningExecutions running, StatementCounters counters, ExecutionHistory history) {
    public Engine {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schemas, "schemas");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(history, "history");
    }

    /** An engine that runs no bodies (eventd check): nothing running, an empty history, counters of this JVM. */
    public Engine(Catalog catalog, Schemas schemas, Accounts accounts, Scheduler scheduler) {
        this(catalog, schemas, accounts, scheduler, new InMemoryRunningExecutions(), new LocalStatementCounters(),
                new InMemoryExecutionHistory(1));
    }
}
