package io.eventd.jdbc.store;

/** One firing to claim: event {@code eventFolded} (an {@code EventKey.foldedName}) of {@code schemaName}. */
public record ClaimRequest(String schemaName, String eventFolded, long scheduledAt, String node, long fencingToken) {
}
