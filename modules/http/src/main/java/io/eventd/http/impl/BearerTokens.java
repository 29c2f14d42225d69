package io.eventd.http.impl;

import io.eventd.core.event.Account;
import io.eventd.core.token.AccessToken;
import io.eventd.core.token.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Issues opaque bearer tokens (256 random bits, base64url) and resolves them; the store keeps digests only. */
final class BearerTokens {
    private static final int TOKEN_BYTES = 32;

    private final AccessTokens store;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    BearerTokens(AccessTokens store, Duration lifetime) {
        this.store = store;
        this.lifetime = lifetime;
    }

    /** A new token for {@code account}, valid from {@code now} for the configured lifetime. */
    Issued issue(Account account, long now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long expiresAt = now + lifetime.toSeconds();
        store.store(new AccessToken(digest(token), account, expiresAt));
        return new Issued(token, expiresAt);
    }

    Optional<Account> accountOf(String token, long now) {
        return store.find(digest(token), now).map(AccessToken::account);
    }

    static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A token as handed to the client once; {@code expiresAt} is a UTC epoch second. */
    record Issued(String token, long expiresAt) {
    }
}
