package io.eventd.core.node;

/** {@code @@global.event_scheduler} across the cluster. */
public enum SchedulerState {
    ON,
    OFF
}
