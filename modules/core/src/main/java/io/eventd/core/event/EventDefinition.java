package io.eventd.core.event;

import io.eventd.core.schedule.Schedule;
import java.util.Objects;

/**
 * An event as stored in the catalog: everything MySQL keeps per event (shared/mysql-events.md 2.2).
 * Instants are UTC epoch seconds; {@code lastExecuted} is null until the first firing.
 *
 * @param name          the name with the spelling of the CREATE (or RENAME)
 * @param timeZone      the session time_zone name at CREATE / ALTER … ON SCHEDULE: {@code SYSTEM}, {@code +05:00},
 *                      {@code Europe/Berlin}
 * @param body          the text after DO as written, leading whitespace trimmed
 * @param sqlMode       the session sql_mode when the body was last set
 * @param comment       the comment, empty when none
 * @param originator    server_id of the node (or source) that created it
 */
public record EventDefinition(
        String schema,
        String name,
        Account definer,
        String timeZone,
        String body,
        String sqlMode,
        Schedule schedule,
        OnCompletion onCompletion,
        EventStatus status,
        String comment,
        long created,
        long lastAltered,
        Long lastExecuted,
        long originator,
        String characterSetClient,
        String collationConnection,
        String databaseCollation) {

    public EventDefinition {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definer, "definer");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sqlMode, "sqlMode");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(onCompletion, "onCompletion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(characterSetClient, "characterSetClient");
        Objects.requireNonNull(collationConnection, "collationConnection");
        Objects.requireNonNull(databaseCollation, "databaseCollation");
    }

    public EventKey key() {
        return EventKey.of(schema, name);
    }

    public EventDefinition withStatus(EventStatus newStatus) {
        return new EventDefinition(schema, name, definer, timeZone, body, sqlMode, schedule, onCompletion, newStatus,
                comment, created, lastAltered, lastExecuted, originator, characterSetClient, collationConnection,
                databaseCollation);
    }

    public EventDefinition withLastExecuted(long instant) {
        return new EventDefinition(schema, name, definer, timeZone, body, sqlMode, schedule, onCompletion, status,
                comment, created, lastAltered, instant, originator, characterSetClient, collationConnection,
                databaseCollation);
    }
}
