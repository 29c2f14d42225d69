package io.eventd.core.event;

/** MySQL's event status; only ENABLED events fire. */
public enum EventStatus {
    ENABLED, DISABLED, SLAVESIDE_DISABLED;

    /** The keyword SHOW CREATE EVENT prints for this status. */
    public String keyword() {
        return switch (this) {
            case ENABLED -> "ENABLE";
            case DISABLED -> "DISABLE";
            case SLAVESIDE_DISABLED -> "DISABLE ON SLAVE";
        };
    }
}
