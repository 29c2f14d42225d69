package io.eventd.core.token;

import io.eventd.core.event.Account;
import java.util.Objects;

/**
 * A bearer token issued to an account. Only the token's digest is kept, so a replicated or persisted store never
 * holds a usable secret.
 *
 * @param digest    hex SHA-256 of the token the client holds
 * @param expiresAt UTC epoch second after which the token is refused
 */
public record AccessToken(String digest, Account account, long expiresAt) {
    public AccessToken {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(account, "account");
    }

    public boolean validAt(long now) {
        return now < expiresAt;
    }
}
