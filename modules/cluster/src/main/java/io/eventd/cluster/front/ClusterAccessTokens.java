package io.eventd.cluster.front;

import com.hazelcast.map.IMap;
import io.eventd.core.token.AccessToken;
import io.eventd.core.token.AccessTokens;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens for every node: a backed-up map of token digests whose entries live until their token expires, so
 * a token issued by one node is accepted by all and no expired one lingers.
 */
public final class ClusterAccessTokens implements AccessTokens {
    private final IMap<String, AccessToken> tokens;

    public ClusterAccessTokens(IMap<String, AccessToken> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void store(AccessToken token) {
        long ttl = token.expiresAt() - Instant.now().getEpochSecond();
        if (ttl > 0) {
            tokens.set(token.digest(), token, ttl, TimeUnit.SECONDS);
        }
    }

    @Override
    public Optional<AccessToken> find(String digest, long now) {
        return Optional.ofNullable(tokens.get(digest)).filter(token -> token.validAt(now));
    }

    @Override
    public void revoke(String digest) {
        tokens.delete(digest);
    }
}
