package io.eventd.core.language;

import io.eventd.core.catalog.InMemoryCatalog;
import io.eventd.core.catalog.InMemorySchemas;
import io.eventd.core.catalog.OfflineAccounts;
import io.eventd.core.engine.Engine;
import io.eventd.core.engine.OfflineClock;
import io.eventd.core.engine.OfflineScheduler;
import io.eventd.core.engine.Session;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.engine.StatementResult;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A fresh offline engine driven by statement text only: clock at 2026-01-01 00:00:00 UTC, system zone
 * Europe/Berlin, scheduler ON, schemas {@code test} (current) and {@code other}, root plus {@code app@localhost}.
 */
final class TextEngine {
    static final long NOW = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final ZoneId SYSTEM_ZONE = ZoneId.of("Europe/Berlin");

    final InMemoryCatalog catalog = new InMemoryCatalog();
    final InMemorySchemas schemas = new InMemorySchemas("test", "other");
    final OfflineScheduler scheduler;
    final StatementExecutor executor;
    final Session session;

    TextEngine() {
        OfflineClock clock = new OfflineClock(NOW);
        scheduler = new OfflineScheduler(catalog, clock, SYSTEM_ZONE, true);
        executor = new StatementExecutor(new Engine(catalog, schemas,
                OfflineAccounts.withAccount(new Account("app", "localhost"), Set.of("other")), scheduler));
        session = new Session(OfflineAccounts.ROOT, clock, SYSTEM_ZONE);
        session.setDatabase("test");
    }

    StatementResult run(String sql) {
        return executor.execute(sql, session);
    }

    /** Runs a statement that must succeed (notes allowed). */
    StatementResult ok(String sql) {
        StatementResult result = run(sql);
        if (!result.ok()) {
            throw new AssertionError(result.error().clientLine() + "\n  for: " + sql);
        }
        return result;
    }

    List<EventDefinition> events() {
        return catalog.list();
    }
}
