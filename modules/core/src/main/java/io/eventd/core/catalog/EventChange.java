package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Schedule;
import java.util.Objects;

/**
 * What an {@code ALTER EVENT} sets, evaluated. Null fields are kept from the stored event; the definer, the
 * character-set context and last_altered are refreshed on every ALTER (shared/mysql-events.md 2.2).
 *
 * @param schedule       the new schedule, with {@code timeZone} (the session zone) — both null without ON SCHEDULE
 * @param status         the status written (or forced DISABLED by the past rule); null when not written
 * @param body           the new body, with {@code sqlMode} (the session sql_mode) — both null without DO
 * @param renameSchema   the RENAME target's schema and name (as typed); both null without RENAME
 * @param scheduleInPast whether the new AT / ENDS is before the statement's now
 */
public record EventChange(
        Account definer,
        Schedule schedule,
        String timeZone,
        OnCompletion onCompletion,
        EventStatus status,
        String comment,
        String body,
        String sqlMode,
        String renameSchema,
        String renameName,
        boolean scheduleInPast,
        CreationContext context,
        long now) {

    public EventChange {
        Objects.requireNonNull(definer, "definer");
        Objects.requireNonNull(context, "context");
    }

    public boolean renames() {
        return renameName != null;
    }

    /** The stored event after this change (and after the past rule decided {@code statusAfterPastRule}). */
    EventDefinition applyTo(EventDefinition current, EventStatus statusAfterPastRule) {
        return new EventDefinition(
                renames() ? renameSchema : current.schema(),
                renames() ? renameName : current.name(),
                definer,
                schedule != null ? timeZone : current.timeZone(),
                body != null ? body : current.body(),
                body != null ? sqlMode : current.sqlMode(),
                schedule != null ? schedule : current.schedule(),
                onCompletion != null ? onCompletion : current.onCompletion(),
                statusAfterPastRule != null ? statusAfterPastRule : current.status(),
                comment != null ? comment : current.comment(),
                current.created(),
                now,
                current.lastExecuted(),
                current.originator(),
                context.characterSetClient(),
                context.collationConnection(),
                context.databaseCollation());
    }
}
