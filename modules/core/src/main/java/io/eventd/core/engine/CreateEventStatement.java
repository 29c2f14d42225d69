package io.eventd.core.engine;

import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.PastTimeRule;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.ScheduleValues;

/**
 * CREATE EVENT in MySQL's check order (shared/mysql-events.md 2.1): subqueries (1235) → DEFINER (1227 / Note 1449)
 * → schedule values → past rule → EVENT privilege (1044) → Note 1588 stops here → schema (1049) → name (1537).
 */
final class CreateEventStatement {
    private CreateEventStatement() {
    }

    static StatementResult execute(Statement.CreateEvent create, StatementRun run) {
        String schema = run.schemaOf(create.name());
        ScheduleValues.checkNoSubqueries(create.schedule());
        Account definer = Definers.resolve(create.definer(), run);
        EventSchedules.Evaluated schedule = EventSchedules.evaluate(create.schedule(), run.context());
        OnCompletion completion = create.onCompletion() != null ? create.onCompletion() : OnCompletion.NOT_PRESERVE;
        EventStatus status = create.status() != null ? create.status().status() : EventStatus.ENABLED;
        PastTimeRule.Verdict verdict = PastTimeRule.of(schedule.inPast(), completion, status, true);
        if (verdict == PastTimeRule.Verdict.DISABLE) {
            run.note(MysqlErrors.execTimeInThePast());
            status = EventStatus.DISABLED;
        } else if (verdict == PastTimeRule.Verdict.DROP_AT_CREATION) {
            run.note(MysqlErrors.cannotCreateInThePast());
        }
        run.requireEventPrivilege(schema);
        String event = schema + "." + create.name().name();
        if (verdict == PastTimeRule.Verdict.DROP_AT_CREATION) {
            return EventDdlOutcome.result(run, event, null);
        }
        if (!run.engine().schemas().exists(schema)) {
            throw new SqlException(MysqlErrors.unknownDatabase(schema));
        }
        Session session = run.session();
        var context = session.creationContext();
        EventDefinition definition = new EventDefinition(schema, create.name().name(), definer, session.timeZone(),
                create.body().stripLeading(), session.sqlMode(), schedule.schedule(), completion, status,
                create.comment() == null ? "" : create.comment(), run.now(), run.now(), null, session.serverId(),
                context.characterSetClient(), context.collationConnection(), context.databaseCollation());
        EventKey key = definition.key();
        var decision = run.engine().catalog().apply(key,
                new CatalogCommand.Create(definition, create.ifNotExists(), create.name().name()));
        EventDefinition stored = EventDdlOutcome.accept(run, decision);
        if (decision.changed()) {
            run.engine().scheduler().changed(key, stored, run.now());
        }
        return EventDdlOutcome.result(run, stored.schema() + "." + stored.name(), stored);
    }
}
