package io.eventd.http.impl;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.render.DateTimeText;
import io.eventd.core.render.EventsColumn;
import io.eventd.core.render.EventsTable;
import io.eventd.core.render.HistoryColumn;
import io.eventd.core.render.RenderZones;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON objects of the REST resources, as ordered maps. Instants are UTC wall-clock text. */
final class JsonShapes {
    private JsonShapes() {
    }

    /** information_schema.EVENTS' 24 columns by name, then {@code leader} and {@code next_fire}. */
    static Map<String, Object> event(EventDefinition event, RenderZones zones, NodeInfo node) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> row = EventsTable.row(event, zones);
        for (EventsColumn column : EventsColumn.values()) {
            json.put(column.name(), row.get(column.ordinal()));
        }
        json.put("leader", node.leaderOf(event.key()).orElse(null));
        json.put("next_fire", node.nextFire(event.key()).map(JsonShapes::utc).orElse(null));
        return json;
    }

    /** One run keyed by the columns of {@code eventd.history}. */
    static Map<String, Object> execution(ExecutionRecord run) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> row = HistoryColumn.row(run);
        for (HistoryColumn column : HistoryColumn.values()) {
            json.put(column.label(), row.get(column.ordinal()));
        }
        return json;
    }

    /** {@code YYYY-MM-DD HH:MM:SS} in UTC, as the statement result's {@code fires}. */
    static String utc(long epochSecond) {
        return DateTimeText.format(epochSecond, ZoneOffset.UTC);
    }

    /** Parses {@code YYYY-MM-DD HH:MM:SS} (UTC) or an ISO-8601 instant. */
    static Instant parseInstant(String text) {
        return text.indexOf('T') >= 0 ? Instant.parse(text) : DateTimeText.parse(text).toInstant(ZoneOffset.UTC);
    }
}
