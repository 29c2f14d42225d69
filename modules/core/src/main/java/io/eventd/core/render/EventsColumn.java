package io.eventd.core.render;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.schedule.IntervalFormat;
import io.eventd.core.schedule.Schedule;
import java.util.function.BiFunction;

/**
 * The 24 columns of information_schema.EVENTS in MySQL 8.0's order (shared/mysql-events.md 4.3). A cell is a
 * String, a Long or null; DATETIME cells are {@code YYYY-MM-DD HH:MM:SS} text.
 */
public enum EventsColumn {
    EVENT_CATALOG(Kind.TEXT, (e, z) -> "def"),
    EVENT_SCHEMA(Kind.TEXT, (e, z) -> e.schema()),
    EVENT_NAME(Kind.TEXT, (e, z) -> e.name()),
    DEFINER(Kind.TEXT, (e, z) -> e.definer().plain()),
    TIME_ZONE(Kind.TEXT, (e, z) -> e.timeZone()),
    EVENT_BODY(Kind.TEXT, (e, z) -> "SQL"),
    EVENT_DEFINITION(Kind.TEXT, (e, z) -> e.body()),
    EVENT_TYPE(Kind.TEXT, (e, z) -> recurring(e) != null ? "RECURRING" : "ONE TIME"),
    EXECUTE_AT(Kind.DATETIME, (e, z) -> e.schedule() instanceof Schedule.OneTime once
            ? DateTimeText.format(once.executeAt(), z.of(e)) : null),
    INTERVAL_VALUE(Kind.TEXT, (e, z) -> recurring(e) == null ? null : IntervalFormat.render(recurring(e).interval())),
    INTERVAL_FIELD(Kind.TEXT, (e, z) -> recurring(e) == null ? null : recurring(e).interval().unit().name()),
    SQL_MODE(Kind.TEXT, (e, z) -> e.sqlMode()),
    STARTS(Kind.DATETIME, (e, z) -> recurring(e) == null ? null : DateTimeText.format(recurring(e).starts(), z.of(e))),
    ENDS(Kind.DATETIME, (e, z) -> recurring(e) == null || recurring(e).ends() == null
            ? null : DateTimeText.format(recurring(e).ends(), z.of(e))),
    STATUS(Kind.TEXT, (e, z) -> e.status().name()),
    ON_COMPLETION(Kind.TEXT, (e, z) -> e.onCompletion().text()),
    CREATED(Kind.DATETIME, (e, z) -> DateTimeText.format(e.created(), z.session())),
    LAST_ALTERED(Kind.DATETIME, (e, z) -> DateTimeText.format(e.lastAltered(), z.session())),
    LAST_EXECUTED(Kind.DATETIME, (e, z) -> e.lastExecuted() == null ? null : DateTimeText.format(e.lastExecuted(), z.of(e))),
    EVENT_COMMENT(Kind.TEXT, (e, z) -> e.comment()),
    ORIGINATOR(Kind.NUMBER, (e, z) -> e.originator()),
    CHARACTER_SET_CLIENT(Kind.TEXT, (e, z) -> e.characterSetClient()),
    COLLATION_CONNECTION(Kind.TEXT, (e, z) -> e.collationConnection()),
    DATABASE_COLLATION(Kind.TEXT, (e, z) -> e.databaseCollation());

    /** How a cell compares and converts: text, an unsigned number, or a DATETIME. */
    public enum Kind { TEXT, NUMBER, DATETIME }

    private final Kind kind;
    private final BiFunction<EventDefinition, RenderZones, Object> cell;

    EventsColumn(Kind kind, BiFunction<EventDefinition, RenderZones, Object> cell) {
        this.kind = kind;
        this.cell = cell;
    }

    public Kind kind() {
        return kind;
    }

    public Object cell(EventDefinition event, RenderZones zones) {
        return cell.apply(event, zones);
    }

    /** The column named {@code name}, case-insensitive; null when there is none. */
    public static EventsColumn named(String name) {
        for (EventsColumn column : values()) {
            if (column.name().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    private static Schedule.Recurring recurring(EventDefinition event) {
        return event.schedule() instanceof Schedule.Recurring r ? r : null;
    }
}
