package io.eventd.core.render;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.time.MysqlZones;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The zones output needs: the server's SYSTEM zone (to resolve an event's {@code SYSTEM}) and the reading session's
 * zone (information_schema.EVENTS shows CREATED / LAST_ALTERED in it).
 */
public record RenderZones(ZoneId system, ZoneId session) {
    public RenderZones {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(session, "session");
    }

    public ZoneId of(EventDefinition event) {
        return MysqlZones.resolve(event.timeZone(), system);
    }
}
