package io.eventd.cluster.member;

/** Names of the distributed structures every member configures the same way. */
public final class ClusterMaps {
    /** {@code IMap<EventKey, EventDefinition>}: the catalog, written through to MySQL. */
    public static final String CATALOG = "eventd.catalog";
    /** {@code IMap<EventKey, RuntimeState>}: last claimed firing, fencing token, the run going on (the event lock). */
    public static final String RUNTIME = "eventd.runtime";
    /** {@code IMap<FiringKey, ExecutionRecord>}: recent history, bounded, backed up, written behind to MySQL. */
    public static final String HISTORY = "eventd.history";
    /** {@code IMap<String, String>}: cluster-wide settings such as {@code event_scheduler}, written through. */
    public static final String SETTINGS = "eventd.settings";
    /** Name of the split-brain protection applied to the structures above but the history. */
    public static final String SPLIT_BRAIN_PROTECTION = "eventd.majority";

    private ClusterMaps() {
    }
}
