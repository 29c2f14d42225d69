package io.eventd.core.catalog;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import java.util.List;
import java.util.Optional;

/**
 * The catalog part of each DDL as a pure function of the key's current value (shared/mysql-events.md 2.1, 2.2):
 * existence checks (1537, 1539, Note 1537, Note 1305), the stored-completion past check of ALTER (1589 /
 * Note 1544) and the new value. Every {@link Catalog} runs these under its per-key atomicity.
 */
public final class CatalogRules {
    private CatalogRules() {
    }

    public static CatalogDecision decide(Optional<EventDefinition> current, CatalogCommand command) {
        if (command instanceof CatalogCommand.Create create) {
            return create(current, create);
        }
        if (command instanceof CatalogCommand.Alter alter) {
            return current.map(event -> alter(event, alter.change()))
                    .orElseGet(() -> CatalogDecision.fail(MysqlErrors.unknownEvent(alter.typedName())));
        }
        if (command instanceof CatalogCommand.Drop drop) {
            return drop(current, drop);
        }
        if (current.isEmpty()) {
            return CatalogDecision.unchanged(null, List.of());
        }
        if (command instanceof CatalogCommand.Fired fired) {
            EventDefinition executed = current.get().withLastExecuted(fired.firedAt());
            return fired.last() ? complete(executed) : CatalogDecision.store(executed, List.of());
        }
        return complete(current.get());
    }

    /** RENAME: 1537 when the target exists (checked before the source), 1539 when the source is missing. */
    public static CatalogDecision rename(Optional<EventDefinition> source, Optional<EventDefinition> target,
                                         CatalogCommand.Alter command) {
        if (target.isPresent()) {
            return CatalogDecision.fail(MysqlErrors.eventAlreadyExists(command.change().renameName()));
        }
        return source.map(event -> alter(event, command.change()))
                .orElseGet(() -> CatalogDecision.fail(MysqlErrors.unknownEvent(command.typedName())));
    }

    private static CatalogDecision create(Optional<EventDefinition> current, CatalogCommand.Create create) {
        if (current.isEmpty()) {
            return CatalogDecision.store(create.event(), List.of());
        }
        if (create.ifNotExists()) {
            return CatalogDecision.unchanged(current.get(),
                    List.of(MysqlErrors.eventAlreadyExists(create.typedName()).asDiagnostic(Level.Note)));
        }
        return CatalogDecision.fail(MysqlErrors.eventAlreadyExists(create.typedName()));
    }

    /** Without ON COMPLETION, the past rule runs here with the stored completion. */
    private static CatalogDecision alter(EventDefinition current, EventChange change) {
        EventStatus status = change.status();
        List<Diagnostic> notes = List.of();
        if (change.onCompletion() == null) {
            EventStatus requested = status != null ? status : EventStatus.ENABLED;
            switch (PastTimeRule.of(change.scheduleInPast(), current.onCompletion(), requested, false)) {
                case REFUSE_ALTER, DROP_AT_CREATION -> {
                    return CatalogDecision.fail(MysqlErrors.cannotAlterInThePast());
                }
                case DISABLE -> {
                    status = EventStatus.DISABLED;
                    notes = List.of(MysqlErrors.execTimeInThePast().asDiagnostic(Level.Note));
                }
                case ACCEPT -> {
                }
            }
        }
        return CatalogDecision.store(change.applyTo(current, status), notes);
    }

    private static CatalogDecision drop(Optional<EventDefinition> current, CatalogCommand.Drop drop) {
        if (current.isPresent()) {
            return CatalogDecision.remove(List.of());
        }
        if (drop.ifExists()) {
            return CatalogDecision.unchanged(null,
                    List.of(MysqlErrors.eventDoesNotExistNote(drop.typedName()).asDiagnostic(Level.Note)));
        }
        return CatalogDecision.fail(MysqlErrors.unknownEvent(drop.typedName()));
    }

    /** After the last firing: kept DISABLED with PRESERVE, dropped with NOT PRESERVE. */
    private static CatalogDecision complete(EventDefinition event) {
        return event.onCompletion() == OnCompletion.PRESERVE
                ? CatalogDecision.store(event.withStatus(EventStatus.DISABLED), List.of())
                : CatalogDecision.remove(List.of());
    }
}
