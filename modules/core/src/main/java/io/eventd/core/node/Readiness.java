package io.eventd.core.node;

import java.util.ArrayList;
import java.util.List;

/** The facts a readiness probe checks: this node joined the cluster, loaded the catalog, reaches the metadata store. */
public record Readiness(boolean joined, boolean catalogLoaded, boolean metadataStoreReachable) {
    public static final String JOINED = "joined";
    public static final String CATALOG_LOADED = "catalogLoaded";
    public static final String METADATA_STORE_REACHABLE = "metadataStoreReachable";

    public static Readiness ready() {
        return new Readiness(true, true, true);
    }

    public boolean isReady() {
        return joined && catalogLoaded && metadataStoreReachable;
    }

    /** The names of the checks that fail, in declaration order. */
    public List<String> failing() {
        List<String> failing = new ArrayList<>();
        if (!joined) {
            failing.add(JOINED);
        }
        if (!catalogLoaded) {
            failing.add(CATALOG_LOADED);
        }
        if (!metadataStoreReachable) {
            failing.add(METADATA_STORE_REACHABLE);
        }
        return failing;
    }
}
