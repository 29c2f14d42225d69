package io.eventd.http;

import io.eventd.core.catalog.PasswordHasher;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link PasswordHasher} that remembers, for {@link #TTL}, the passwords it has just verified, so that HTTP Basic
 * clients (a password on every request) pay the slow hash once, not per request: bcrypt at cost 10 costs ~100 ms of
 * CPU, so a few clients sending Basic credentials would otherwise keep every core busy.
 *
 * <p>What is kept is an HMAC of (stored hash, password) under a key drawn at start and never written anywhere, not
 * the password; the stored hash is part of it, so a changed password no longer matches. Only successes are kept:
 * a wrong password always pays the full hash. At most {@link #CAPACITY} entries, the oldest dropped first.
 */
public final class RememberedPasswords implements PasswordHasher {
    static final Duration TTL = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private final PasswordHasher slow;
    private final Clock clock;
    private final int capacity;
    private final SecretKeySpec key;
    /** HMAC → when it was verified (epoch millis); insertion order = age. */
    private final LinkedHashMap<String, Long> verified = new LinkedHashMap<>();

    public RememberedPasswords(PasswordHasher slow, Clock clock) {
        this(slow, clock, CAPACITY);
    }

    RememberedPasswords(PasswordHasher slow, Clock clock, int capacity) {
        this.slow = slow;
        this.clock = clock;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String hash(char[] password) {
        return slow.hash(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        String mark = mark(password, hash);
        long now = clock.millis();
        synchronized (verified) {
            Long at = verified.get(mark);
            if (at != null && now - at < TTL.toMillis()) {
                return true;
            }
            verified.remove(mark);
        }
        if (!slow.verify(password, hash)) {
            return false;
        }
        synchronized (verified) {
            verified.put(mark, now);
            while (verified.size() > capacity) {
                verified.remove(verified.keySet().iterator().next());
            }
        }
        return true;
    }

    private String mark(char[] password, String hash) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(hash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
