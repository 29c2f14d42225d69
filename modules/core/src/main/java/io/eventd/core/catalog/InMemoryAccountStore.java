package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A thread-safe account store in one JVM. */
public final class InMemoryAccountStore implements AccountStore {
    private static final Comparator<Account> ORDER = Comparator.comparing(Account::user).thenComparing(Account::host);

    private final TreeMap<Account, StoredAccount> accounts = new TreeMap<>(ORDER);

    @Override
    public synchronized Optional<StoredAccount> find(Account account) {
        return Optional.ofNullable(accounts.get(account));
    }

    @Override
    public synchronized List<StoredAccount> list() {
        return List.copyOf(accounts.values());
    }

    @Override
    public synchronized boolean create(StoredAccount account) {
        return accounts.putIfAbsent(account.account(), account) == null;
    }

    @Override
    public synchronized boolean drop(Account account) {
        return accounts.remove(account) != null;
    }

    @Override
    public synchronized boolean setPasswordHash(Account account, String passwordHash) {
        return accounts.computeIfPresent(account, (key, stored) -> stored.withPasswordHash(passwordHash)) != null;
    }

    @Override
    public synchronized Outcome grant(Account account, Set<Privilege> privileges, String schema) {
        StoredAccount stored = accounts.get(account);
        if (stored == null) {
            return Outcome.NO_SUCH_ACCOUNT;
        }
        accounts.put(account, stored.withPrivileges(stored.privileges().grant(privileges, schema)));
        return Outcome.DONE;
    }

    @Override
    public synchronized Outcome revoke(Account account, Set<Privilege> privileges, String schema) {
        StoredAccount stored = accounts.get(account);
        if (stored == null) {
            return Outcome.NO_SUCH_ACCOUNT;
        }
        Privileges kept = stored.privileges().revoke(privileges, schema);
        if (kept == null) {
            return Outcome.NO_SUCH_GRANT;
        }
        accounts.put(account, stored.withPrivileges(kept));
        return Outcome.DONE;
    }
}
