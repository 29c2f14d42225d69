package io.eventd.core.token;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tokens held in one process; an expired token is dropped when it is next looked up. Thread-safe. */
public final class InMemoryAccessTokens implements AccessTokens {
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void store(AccessToken token) {
        tokens.put(token.digest(), token);
    }

    @Override
    public Optional<AccessToken> find(String digest, long now) {
        AccessToken token = tokens.get(digest);
        if (token != null && !token.validAt(now)) {
            tokens.remove(digest, token);
            return Optional.empty();
        }
        return Optional.ofNullable(token);
    }

    @Override
    public void revoke(String digest) {
        tokens.remove(digest);
    }
}
