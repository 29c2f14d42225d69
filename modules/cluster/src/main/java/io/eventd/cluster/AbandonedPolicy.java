package io.eventd.cluster;

/**
 * What a member that takes over an event does with a run cut off by the death of the member running it
 * (setting {@code abandoned-policy}, the same for every event). Either way the cut-off run is recorded ABANDONED.
 */
public enum AbandonedPolicy {
    /** As MySQL: the firing is not run again; the event goes on with its next firing. */
    SKIP,
    /** The cut-off firing runs once more on the new owner (attempt + 1), then the event goes on. */
    RERUN
}
