package io.eventd.core.engine;

import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.catalog.EventChange;
import io.eventd.core.catalog.PastTimeRule;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.event.EventStatus;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.ScheduleValues;

/**
 * ALTER EVENT in MySQL's check order (shared/mysql-events.md 2.2): schedule values → 1589 with an explicit NOT
 * PRESERVE → EVENT privilege on the source (1044) → RENAME: 1551, EVENT on the target, 1537, 1049 → source (1539)
 * → past rule with the stored completion (1589 / Note 1544). What the ALTER does not name is kept.
 */
final class AlterEventStatement {
    private AlterEventStatement() {
    }

    static StatementResult execute(Statement.AlterEvent alter, StatementRun run) {
        String schema = run.schemaOf(alter.name());
        QualifiedName target = alter.renameTo();
        String targetSchema = target == null ? null : run.schemaOf(target);
        EventSchedules.Evaluated schedule = null;
        if (alter.schedule() != null) {
            ScheduleValues.checkNoSubqueries(alter.schedule());
        }
        Account definer = Definers.resolve(alter.definer(), run);
        if (alter.schedule() != null) {
            schedule = EventSchedules.evaluate(alter.schedule(), run.context());
        }
        EventStatus status = alter.status() == null ? null : alter.status().status();
        if (schedule != null && alter.onCompletion() != null) {
            switch (PastTimeRule.of(schedule.inPast(), alter.onCompletion(),
                    status == null ? EventStatus.ENABLED : status, false)) {
                case REFUSE_ALTER, DROP_AT_CREATION -> throw new SqlException(MysqlErrors.cannotAlterInThePast());
                case DISABLE -> {
                    run.note(MysqlErrors.execTimeInThePast());
                    status = EventStatus.DISABLED;
                }
                case ACCEPT -> {
                }
            }
        }
        run.requireEventPrivilege(schema);
        if (target != null) {
            checkRenameTarget(alter.name(), schema, target, targetSchema, run);
        }
        Session session = run.session();
        String body = alter.body() == null ? null : alter.body().stripLeading();
        EventChange change = new EventChange(definer,
                schedule == null ? null : schedule.schedule(), schedule == null ? null : session.timeZone(),
                alter.onCompletion(), status, alter.comment(), body, body == null ? null : session.sqlMode(),
                targetSchema, target == null ? null : target.name(), schedule != null && schedule.inPast(),
                session.creationContext(), run.now());
        CatalogCommand.Alter command = new CatalogCommand.Alter(change, alter.name().name());
        EventKey key = EventKey.of(schema, alter.name().name());
        if (target == null) {
            return finish(run, key, run.engine().catalog().apply(key, command));
        }
        EventKey targetKey = EventKey.of(targetSchema, target.name());
        CatalogDecision decision = run.engine().catalog().rename(key, targetKey, command);
        if (decision.ok()) {
            run.engine().scheduler().changed(key, null, run.now());
        }
        return finish(run, targetKey, decision);
    }

    /** 1551 (schema and name compared case- and accent-insensitively), 1044 on the target, 1049. */
    private static void checkRenameTarget(QualifiedName source, String schema, QualifiedName target,
                                          String targetSchema, StatementRun run) {
        if (EventKey.fold(schema).equals(EventKey.fold(targetSchema))
                && EventKey.fold(source.name()).equals(EventKey.fold(target.name()))) {
            throw new SqlException(MysqlErrors.sameEventName());
        }
        run.requireEventPrivilege(targetSchema);
        if (!run.engine().schemas().exists(targetSchema)) {
            throw new SqlException(MysqlErrors.unknownDatabase(targetSchema));
        }
    }

    private static StatementResult finish(StatementRun run, EventKey key, CatalogDecision decision) {
        EventDefinition stored = EventDdlOutcome.accept(run, decision);
        run.engine().scheduler().changed(key, stored, run.now());
        return EventDdlOutcome.result(run, stored.schema() + "." + stored.name(), stored);
    }
}
