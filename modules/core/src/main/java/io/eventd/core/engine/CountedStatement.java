package io.eventd.core.engine;

/** The statements whose executions SHOW STATUS counts, by their MySQL status variable. */
public enum CountedStatement {
    ALTER_EVENT("Com_alter_event"),
    CREATE_EVENT("Com_create_event"),
    DROP_EVENT("Com_drop_event"),
    SHOW_CREATE_EVENT("Com_show_create_event"),
    SHOW_EVENTS("Com_show_events");

    private final String variableName;

    CountedStatement(String variableName) {
        this.variableName = variableName;
    }

    /** The status variable, e.g. {@code Com_create_event}. */
    public String variableName() {
        return variableName;
    }
}
