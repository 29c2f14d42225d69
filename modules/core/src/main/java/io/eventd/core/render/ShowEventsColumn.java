package io.eventd.core.render;

/** The 15 columns of SHOW EVENTS (shared/mysql-events.md 4.1): labels over information_schema.EVENTS columns. */
public enum ShowEventsColumn {
    DB("Db", EventsColumn.EVENT_SCHEMA),
    NAME("Name", EventsColumn.EVENT_NAME),
    DEFINER("Definer", EventsColumn.DEFINER),
    TIME_ZONE("Time zone", EventsColumn.TIME_ZONE),
    TYPE("Type", EventsColumn.EVENT_TYPE),
    EXECUTE_AT("Execute at", EventsColumn.EXECUTE_AT),
    INTERVAL_VALUE("Interval value", EventsColumn.INTERVAL_VALUE),
    INTERVAL_FIELD("Interval field", EventsColumn.INTERVAL_FIELD),
    STARTS("Starts", EventsColumn.STARTS),
    ENDS("Ends", EventsColumn.ENDS),
    STATUS("Status", EventsColumn.STATUS),
    ORIGINATOR("Originator", EventsColumn.ORIGINATOR),
    CHARACTER_SET_CLIENT("character_set_client", EventsColumn.CHARACTER_SET_CLIENT),
    COLLATION_CONNECTION("collation_connection", EventsColumn.COLLATION_CONNECTION),
    DATABASE_COLLATION("Database Collation", EventsColumn.DATABASE_COLLATION);

    private final String label;
    private final EventsColumn source;

    ShowEventsColumn(String label, EventsColumn source) {
        this.label = label;
        this.source = source;
    }

    public String label() {
        return label;
    }

    public EventsColumn source() {
        return source;
    }

    /** The column labelled {@code label}, case-insensitive (as WHERE names it); null when none. */
    public static ShowEventsColumn labelled(String label) {
        for (ShowEventsColumn column : values()) {
            if (column.label.equalsIgnoreCase(label)) {
                return column;
            }
        }
        return null;
    }
}
