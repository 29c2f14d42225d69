package io.eventd.core.render;

import io.eventd.core.event.EventDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Rows of information_schema.EVENTS and of SHOW EVENTS for stored events. */
public final class EventsTable {
    private EventsTable() {
    }

    public static List<String> columnNames() {
        return Stream.of(EventsColumn.values()).map(EventsColumn::name).toList();
    }

    public static List<String> showEventsColumnNames() {
        return Stream.of(ShowEventsColumn.values()).map(ShowEventsColumn::label).toList();
    }

    /** The 24 cells of information_schema.EVENTS, in column order. */
    public static List<Object> row(EventDefinition event, RenderZones zones) {
        List<Object> row = new ArrayList<>();
        for (EventsColumn column : EventsColumn.values()) {
            row.add(column.cell(event, zones));
        }
        return row;
    }

    /** The 15 cells of SHOW EVENTS, in column order. */
    public static List<Object> showEventsRow(EventDefinition event, RenderZones zones) {
        List<Object> row = new ArrayList<>();
        for (ShowEventsColumn column : ShowEventsColumn.values()) {
            row.add(column.source().cell(event, zones));
        }
        return row;
    }
}
