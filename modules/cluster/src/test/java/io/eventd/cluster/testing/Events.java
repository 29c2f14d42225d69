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
        return stored(schema, name, body, recurring(seconds, now, null), OnCompletion.NOT_PRESERVE, now);
    }

    /** An event that does not fire during a test: EVERY 1 HOUR STARTS one day from now. */
    public static EventDefinition dormant(String schema, String name) {
        long now = Instant.now().getEpochSecond();
        return stored(schema, name, "DO 1", recurring(3600, now + 86_400, null), OnCompletion.NOT_PRESERVE, now);
    }

    /**
     * An event created 100 s ago as {@code EVERY 1 SECOND ENDS} 50 s ago, never run: its schedule ended while
     * event_scheduler was OFF.
     */
    public static EventDefinition endedWhileOff(String schema, String name) {
        long created = Instant.now().getEpochSecond() - 100;
        return stored(schema, name, "DO 1", recurring(1, created, created + 50), OnCompletion.NOT_PRESERVE,
                created);
    }

    /** {@code CREATE EVENT schema.name ON SCHEDULE AT at ON COMPLETION completion DO body}, created now. */
    public static EventDefinition once(String schema, String name, long at, OnCompletion completion, String body) {
        return stored(schema, name, body, new Schedule.OneTime(at), completion, Instant.now().getEpochSecond());
    }

    public static CatalogCommand.Create create(EventDefinition event) {
        return new CatalogCommand.Create(event, false, event.name());
    }

    private static Schedule recurring(long seconds, long starts, Long ends) {
        return new Schedule.Recurring(new Interval(IntervalUnit.SECOND, seconds), starts, ends);
    }

    /** An enabled event as the catalog stores it, created (and last altered) at {@code created}, zone +00:00. */
    private static EventDefinition stored(String schema, String name, String body, Schedule schedule,
                                          OnCompletion completion, long created) {
        return new EventDefinition(schema, name, DEFINER, "+00:00", body, "", schedule, completion,
                EventStatus.ENABLED, "", created, created, null, 1, "utf8mb4", "utf8mb4_general_ci",
                "utf8mb4_general_ci");
    }
}
