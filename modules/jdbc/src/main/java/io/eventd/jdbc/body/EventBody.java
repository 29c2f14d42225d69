package io.eventd.jdbc.body;

import io.eventd.core.event.EventDefinition;
import java.util.Objects;

/** What one run needs: the body and the session it runs in (default database, time_zone, sql_mode). */
public record EventBody(String schema, String body, String timeZone, String sqlMode) {
    public EventBody {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(sqlMode, "sqlMode");
    }

    public static EventBody of(EventDefinition event) {
        return new EventBody(event.schema(), event.body(), event.timeZone(), event.sqlMode());
    }
}
