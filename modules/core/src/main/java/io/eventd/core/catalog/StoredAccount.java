package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import java.util.Objects;

/** An account as an {@link AccountStore} keeps it: the password only as a {@link PasswordHasher} hash. */
public record StoredAccount(Account account, String passwordHash, Privileges privileges) {
    public StoredAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(privileges, "privileges");
    }

    public StoredAccount withPasswordHash(String hash) {
        return new StoredAccount(account, hash, privileges);
    }

    public StoredAccount withPrivileges(Privileges changed) {
        return new StoredAccount(account, passwordHash, changed);
    }
}
