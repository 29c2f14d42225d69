package io.eventd.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

    @Test
    void bcryptHashesVerifyAndAreSalted() {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
        String hash = hasher.hash("pw".toCharArray());
        char[] longPassword = "p".repeat(100).toCharArray();
        String longHash = hasher.hash(longPassword);

        assertThat(hash).startsWith("$2a$04$").isNotEqualTo(hasher.hash("pw".toCharArray()));
        assertThat(hasher.verify("pw".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("pW".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify(longPassword, longHash)).isTrue();
        assertThat(hasher.verify("p".repeat(99).toCharArray(), longHash)).isFalse();
    }
}
