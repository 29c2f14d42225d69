package io.eventd.core.token;

import java.util.Optional;

/** The bearer tokens issued by any node, keyed by digest (the cluster replicates them). */
public interface AccessTokens {

    void store(AccessToken token);

    /** The token with this digest, empty when unknown or expired at {@code now} (UTC epoch second). */
    Optional<AccessToken> find(String digest, long now);

    void revoke(String digest);
}
