package io.eventd.jdbc.store;

/** A claim whose firing has no final history row yet, and when it was written (epoch milliseconds). */
public record UnsettledClaim(ClaimRequest claim, long claimedAtMillis) {
}
