package io.eventd.core.event;

/** What happens to an event after its last firing: dropped (NOT PRESERVE, the default) or kept disabled. */
public enum OnCompletion {
    NOT_PRESERVE, PRESERVE;

    /** As information_schema.EVENTS.ON_COMPLETION and SHOW CREATE EVENT print it. */
    public String text() {
        return this == PRESERVE ? "PRESERVE" : "NOT PRESERVE";
    }
}
