package io.eventd.core.catalog;

/** A fast, deterministic hasher for tests: never a password's plain text, easy to check. */
public final class TestPasswordHasher implements PasswordHasher {
    @Override
    public String hash(char[] password) {
        return "test$" + Integer.toHexString(new String(password).hashCode()) + "$" + password.length;
    }

    @Override
    public boolean verify(char[] password, String hash) {
        return hash(password).equals(hash);
    }
}
