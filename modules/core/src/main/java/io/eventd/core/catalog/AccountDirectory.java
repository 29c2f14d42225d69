package io.eventd.core.catalog;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Accounts} and {@link Authenticator} over an {@link AccountStore}: hosts are kept in lower case (as MySQL
 * 8.0 keeps them) and passwords go through the {@link PasswordHasher} before they reach the store.
 */
public final class AccountDirectory implements Accounts, Authenticator {
    /** The bootstrap admin of a server: {@code root@%}. */
    public static final Account ROOT = new Account("root", "%");

    private final AccountStore store;
    private final PasswordHasher hasher;

    public AccountDirectory(AccountStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    /** The account as stored: host in lower case. */
    public static Account normalize(Account account) {
        return new Account(account.user(), account.host().toLowerCase(Locale.ROOT));
    }

    /**
     * Makes sure {@code account} exists with ALL PRIVILEGES and {@code password} (the bootstrap admin: {@link #ROOT}
     * with the configured password); an existing account keeps its grants and gets the password.
     */
    public void seedAdmin(Account account, char[] password) {
        Account key = normalize(account);
        String hash = hasher.hash(password);
        if (!store.create(new StoredAccount(key, hash, Privileges.ALL))) {
            store.setPasswordHash(key, hash);
            store.grant(key, Set.of(Privilege.values()), null);
        }
    }

    /** Adds {@code account} with {@code privileges} unless it exists. */
    public void seed(Account account, char[] password, Privileges privileges) {
        store.create(new StoredAccount(normalize(account), hasher.hash(password), privileges));
    }

    @Override
    public boolean exists(Account account) {
        return store.find(normalize(account)).isPresent();
    }

    @Override
    public boolean hasEventPrivilege(Account account, String schema) {
        return privileges(account).map(p -> p.hasEvent(schema)).orElse(false);
    }

    @Override
    public boolean isAdmin(Account account) {
        return privileges(account).map(Privileges::isAdmin).orElse(false);
    }

    @Override
    public Optional<Privileges> privileges(Account account) {
        return store.find(normalize(account)).map(StoredAccount::privileges);
    }

    @Override
    public boolean create(Account account, char[] password) {
        return store.create(new StoredAccount(normalize(account), hasher.hash(password), Privileges.NONE));
    }

    @Override
    public boolean drop(Account account) {
        return store.drop(normalize(account));
    }

    @Override
    public boolean changePassword(Account account, char[] password) {
        return store.setPasswordHash(normalize(account), hasher.hash(password));
    }

    @Override
    public AccountStore.Outcome grant(Account account, Set<Privilege> privileges, String schema) {
        return store.grant(normalize(account), privileges, schema);
    }

    @Override
    public AccountStore.Outcome revoke(Account account, Set<Privilege> privileges, String schema) {
        return store.revoke(normalize(account), privileges, schema);
    }

    /**
     * MySQL's choice: of the accounts named {@code user}, the one whose host pattern matches {@code clientHost}
     * most specifically (literal hosts before patterns, {@code %} last), and only that one's password counts.
     * With no client host, any of the user's accounts whose password matches.
     */
    @Override
    public Account authenticate(String user, String clientHost, char[] password) {
        List<StoredAccount> candidates = store.list().stream()
                .filter(a -> a.account().user().equals(user))
                .filter(a -> clientHost == null || HostPattern.matches(a.account().host(), clientHost))
                .sorted(Comparator.comparingInt(a -> HostPattern.generality(a.account().host())))
                .toList();
        List<StoredAccount> tried = clientHost == null ? candidates : candidates.stream().limit(1).toList();
        for (StoredAccount candidate : tried) {
            if (hasher.verify(password, candidate.passwordHash())) {
                return candidate.account();
            }
        }
        throw new SqlException(MysqlErrors.accessDenied(user, clientHost == null ? "%" : clientHost,
                password.length > 0));
    }
}
