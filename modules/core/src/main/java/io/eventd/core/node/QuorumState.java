package io.eventd.core.node;

/**
 * Split-brain protection: writes (DDL, claims) need at least {@code minimumSize} members in sight.
 *
 * @param enabled      false on a cluster that does not protect against split brain (e.g. a single embedded node)
 * @param minimumSize  members needed for a quorum
 * @param presentSize  members this node sees, itself included
 */
public record QuorumState(boolean enabled, int minimumSize, int presentSize) {

    /** A single node: protection off, quorum always present. */
    public static QuorumState single() {
        return new QuorumState(false, 1, 1);
    }

    public boolean present() {
        return !enabled || presentSize >= minimumSize;
    }
}
