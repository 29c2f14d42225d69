package io.eventd.core.catalog;

/** Turns passwords into the hashes an {@link AccountStore} keeps (salted, slow: e.g. bcrypt in the http module). */
public interface PasswordHasher {

    String hash(char[] password);

    /** True when {@code password} hashes to {@code hash}. */
    boolean verify(char[] password, String hash);
}
