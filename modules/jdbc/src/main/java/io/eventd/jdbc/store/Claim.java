package io.eventd.jdbc.store;

/** Who claimed a firing, and with which fencing token. */
public record Claim(String node, long fencingToken) {
}
