package io.eventd.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.catalog.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedPasswordsTest {
    private final BcryptPasswordHasher bcrypt = new BcryptPasswordHasher(4);
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordHasher counted = new PasswordHasher() {
        @Override
        public String hash(char[] password) {
            return bcrypt.hash(password);
        }

        @Override
        public boolean verify(char[] password, String hash) {
            slowChecks.incrementAndGet();
            return bcrypt.verify(password, hash);
        }
    };
    private Instant now = Instant.parse("2026-11-23T04:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RememberedPasswords passwords = new RememberedPasswords(counted, clock);

    @Test
    void aVerifiedPasswordIsHashedOnceUntilItsTimeIsUp() {
        String hash = passwords.hash("s3cret".toCharArray());

        assertThat(passwords.verify("s3cret".toCharArray(), hash)).isTrue();
        assertThat(passwords.verify("s3cret".toCharArray(), hash)).isTrue();
        assertThat(slowChecks).hasValue(1);

        now = now.plus(RememberedPasswords.TTL).plusSeconds(1);
        assertThat(passwords.verify("s3cret".toCharArray(), hash)).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordAlwaysPaysTheSlowHashAndIsNeverAccepted() {
        String hash = passwords.hash("s3cret".toCharArray());
        passwords.verify("s3cret".toCharArray(), hash);

        for (int i = 0; i < 3; i++) {
            assertThat(passwords.verify("s3cret!".toCharArray(), hash)).isFalse();
        }
        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordHashNoLongerAcceptsTheOldPassword() {
        String oldHash = passwords.hash("old".toCharArray());
        assertThat(passwords.verify("old".toCharArray(), oldHash)).isTrue();
        String newHash = passwords.hash("new".toCharArray());

        assertThat(passwords.verify("old".toCharArray(), newHash)).isFalse();
        assertThat(passwords.verify("new".toCharArray(), newHash)).isTrue();
        assertThat(passwords.verify("new".toCharArray(), oldHash)).isFalse();
    }

    @Test
    void atMostCapacityPasswordsAreRememberedTheOldestDroppedFirst() {
        RememberedPasswords three = new RememberedPasswords(counted, clock, 3);
        String[] hashes = new String[4];
        for (int i = 0; i < 4; i++) {
            hashes[i] = three.hash(("pw" + i).toCharArray());
            three.verify(("pw" + i).toCharArray(), hashes[i]);
        }
        slowChecks.set(0);

        three.verify("pw3".toCharArray(), hashes[3]);
        three.verify("pw1".toCharArray(), hashes[1]);
        assertThat(slowChecks).as("the three newest are remembered").hasValue(0);
        three.verify("pw0".toCharArray(), hashes[0]);
        assertThat(slowChecks).as("the oldest was dropped").hasValue(1);
    }
}
