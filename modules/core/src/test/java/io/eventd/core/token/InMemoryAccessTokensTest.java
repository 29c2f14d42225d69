package io.eventd.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import org.junit.jupiter.api.Test;

class InMemoryAccessTokensTest {
    private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
    private final AccessToken token = new AccessToken("abc", new Account("app", "%"), 100);

    @Test
    void aTokenIsFoundUntilItExpires() {
        tokens.store(token);

        assertThat(tokens.find("abc", 99)).contains(token);
        assertThat(tokens.find("abc", 100)).isEmpty();
        assertThat(tokens.find("abc", 50)).as("an expired token is forgotten").isEmpty();
    }

    @Test
    void aRevokedTokenIsGone() {
        tokens.store(token);
        tokens.revoke("abc");

        assertThat(tokens.find("abc", 0)).isEmpty();
        assertThat(tokens.find("other", 0)).isEmpty();
    }
}
