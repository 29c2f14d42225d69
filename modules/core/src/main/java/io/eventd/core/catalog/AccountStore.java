package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts port: every change is atomic for its account (a cluster applies it on the account's owner), so two
 * racing {@code CREATE USER} give one success. Accounts are keyed by user (exact) and host as given; callers pass
 * hosts in lower case (see {@link AccountDirectory#normalize}). Passwords are stored as hashes only.
 */
public interface AccountStore {

    /** The result of a grant or revoke. */
    enum Outcome { DONE, NO_SUCH_ACCOUNT, NO_SUCH_GRANT }

    Optional<StoredAccount> find(Account account);

    /** Every account, ordered by user then host. */
    List<StoredAccount> list();

    /** Adds the account; false (nothing changed) when it exists. */
    boolean create(StoredAccount account);

    /** Removes the account; false when it did not exist. */
    boolean drop(Account account);

    /** Replaces the password hash; false when the account does not exist. */
    boolean setPasswordHash(Account account, String passwordHash);

    /** {@link Privileges#grant} applied atomically; NO_SUCH_ACCOUNT when missing. */
    Outcome grant(Account account, Set<Privilege> privileges, String schema);

    /** {@link Privileges#revoke} applied atomically; NO_SUCH_GRANT when it returns null. */
    Outcome revoke(Account account, Set<Privilege> privileges, String schema);
}
