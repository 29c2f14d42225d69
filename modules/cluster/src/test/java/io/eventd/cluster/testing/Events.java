package io.eventd.cluster.testing;

import io.eventd.core.catalog.CatalogCommand;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import java.time.Instant;

/** Events as CREATE EVENT would store them, for tests. */
public final class Events {
    /** The definer of every test event. */
    public static final Account DEFINER = new Account("app", "localhost");

    private Events() {
    }

    /** {@code CREATE EVENT schema.name ON SCHEDULE EVERY seconds SECOND DO body}, created now, zone +00:00. */
    public static EventDefinition everySeconds(String schema, String name, long seconds, String body) {
        long now = Instant.now().getEpochSecond();
        return new EventDefinition(schema, name, DEFINER, "+00:00", body, "",
                new Schedule.Recurring(new Interval(IntervalUnit.SECOND, seconds), now, null),
                OnCompletion.NOT_PRESERVE, EventStatus.ENABLED, "", now, now, null, 1, "utf8mb4",
                "utf8mb4_general_ci", "utf8mb4_general_ci");
    }

    /** An event that does not fire during a test: EVERY 1 HOUR STARTS one day from now. */
    public static EventDefinition dormant(String schema, String name) {
        EventDefinition event = everySeconds(schema, name, 3600, "DO 1");
        return new EventDefinition(schema, name, event.definer(), event.timeZone(), event.body(), event.sqlMode(),
                new Schedule.Recurring(new Interval(IntervalUnit.SECOND, 3600), event.created() + 86_400, null),
                event.onCompletion(), event.status(), event.comment(), event.created(), event.lastAltered(), null, 1,
                event.characterSetClient(), event.collationConnection(), event.databaseCollation());
    }

    /**
     * An event created 100 s ago as {@code EVERY 1 SECOND ENDS} 50 s ago, never run: its schedule ended while
     * event_scheduler was OFF.
     */
    public static EventDefinition endedWhileOff(String schema, String name) {
        EventDefinition event = everySeconds(schema, name, 1, "DO 1");
        long created = event.created() - 100;
        return new EventDefinition(schema, name, event.definer(), event.timeZone(), event.body(), event.sqlMode(),
                new Schedule.Recurring(new Interval(IntervalUnit.SECOND, 1), created, created + 50),
                event.onCompletion(), event.status(), event.comment(), created, created, null, 1,
                event.characterSetClient(), event.collationConnection(), event.databaseCollation());
    }

    /** {@code CREATE EVENT schema.name ON SCHEDULE AT at ON COMPLETION completion DO body}, created now. */
    public static EventDefinition once(String schema, String name, long at, OnCompletion completion, String body) {
        EventDefinition event = everySeconds(schema, name, 1, body);
        return new EventDefinition(schema, name, event.definer(), event.timeZone(), body, event.sqlMode(),
                new Schedule.OneTime(at), completion, EventStatus.ENABLED, event.comment(), event.created(),
                event.lastAltered(), null, 1, event.characterSetClient(), event.collationConnection(),
                event.databaseCollation());
    }

    public static CatalogCommand.Create create(EventDefinition event) {
        return new CatalogCommand.Create(event, false, event.name());
    }
}
