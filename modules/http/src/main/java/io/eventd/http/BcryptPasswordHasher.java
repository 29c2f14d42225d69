package io.eventd.http;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.eventd.core.catalog.PasswordHasher;

/**
 * Account passwords as bcrypt hashes ({@code $2a$…}, salted, 2^cost rounds). A password longer than bcrypt's 72
 * bytes is first reduced with SHA-512, so every byte of it counts instead of being cut off.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
    public static final int DEFAULT_COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;

    private final int cost;

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** {@code cost} 4–31; tests use 4 to stay fast. */
    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(char[] password) {
        return BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION)).hashToString(cost, password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION)).verify(password, hash).verified;
    }
}
