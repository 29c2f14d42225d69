package io.eventd.bench;

import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.OfflineAccounts;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.OfflineClock;
import io.eventd.core.engine.OfflineScheduler;
import io.eventd.core.engine.Session;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.engine.StatementResult;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A fresh in-memory engine as {@code eventd check} wires it: root, database {@code bench}, UTC, clock stopped. */
final class OfflineEngine {
    static final long NOW = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final String DATABASE = "bench";

    private final StatementExecutor executor;
    private final Session session;

    OfflineEngine() {
        OfflineClock clock = new OfflineClock(NOW);
        InMemoryCatalog catalog = new InMemoryCatalog();
        Engine engine = new Engine(catalog, new InMemorySchemas(DATABASE), OfflineAccounts.rootOnly(),
                new OfflineScheduler(catalog, clock, ZoneOffset.UTC, true));
        executor = new StatementExecutor(engine);
        session = new Session(OfflineAccounts.ROOT, clock, ZoneOffset.UTC);
        session.setDatabase(DATABASE);
    }

    StatementResult execute(String statementText) {
        return executor.execute(statementText, session);
    }
}
