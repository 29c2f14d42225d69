package io.eventd.core.sql.ast;

import io.eventd.core.event.EventStatus;

/** {@code ENABLE | DISABLE | DISABLE ON SLAVE | DISABLE ON REPLICA}. */
public enum StatusClause {
    ENABLE(EventStatus.ENABLED),
    DISABLE(EventStatus.DISABLED),
    DISABLE_ON_SLAVE(EventStatus.SLAVESIDE_DISABLED),
    DISABLE_ON_REPLICA(EventStatus.SLAVESIDE_DISABLED);

    private final EventStatus status;

    StatusClause(EventStatus status) {
        this.status = status;
    }

    public EventStatus status() {
        return status;
    }
}
