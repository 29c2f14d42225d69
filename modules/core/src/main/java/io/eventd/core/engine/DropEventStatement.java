package io.eventd.core.engine;

import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.event.EventKey;
import io.eventd.core.sql.ast.Statement;

/** DROP EVENT: EVENT privilege (1044) → missing: 1539, or Note 1305 with IF EXISTS. */
final class DropEventStatement {
    private DropEventStatement() {
    }

    static StatementResult execute(Statement.DropEvent drop, StatementRun run) {
        String schema = run.schemaOf(drop.name());
        run.requireEventPrivilege(schema);
        EventKey key = EventKey.of(schema, drop.name().name());
        CatalogDecision decision = run.engine().catalog().apply(key,
                new CatalogCommand.Drop(drop.ifExists(), drop.name().name()));
        EventDdlOutcome.accept(run, decision);
        if (decision.changed()) {
            run.engine().scheduler().changed(key, null, run.now());
        }
        return StatementResult.ok(run.notes());
    }
}
