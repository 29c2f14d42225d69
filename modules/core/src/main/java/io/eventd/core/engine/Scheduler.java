package io.eventd.core.engine;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;

/**
 * What the statements that concern firing mean to the component that fires events: {@code @@event_scheduler},
 * a committed event DDL, and {@code SET TIMESTAMP} (which moves time in an offline check).
 */
public interface Scheduler {

    /** {@code @@global.event_scheduler}: ON (true) or OFF. */
    boolean isOn();

    /** {@code SET GLOBAL event_scheduler}; OFF→ON resumes every event from {@code now} (mysql-events.md 2.3 rule 8). */
    void turn(boolean on, long now);

    /** An event DDL committed: {@code stored} is the key's new value, null when the event is gone. */
    void changed(EventKey key, EventDefinition stored, long now);

    /** A session ran {@code SET TIMESTAMP = timestamp}. */
    void timestampSet(long timestamp);
}
