package io.eventd.cluster.front;

import com.hazelcast.map.IMap;
import io.eventd.core.catalog.AccountStore;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Core's account store on the cluster: the accounts map, written through to MySQL. Every change is one atomic
 * operation on the account's partition (put-if-absent, remove, or an entry processor), so racing changes from
 * different nodes never lose one another.
 */
public final class ClusterAccountStore implements AccountStore {
    private static final Comparator<StoredAccount> ORDER = Comparator
            .comparing((StoredAccount a) -> a.account().user()).thenComparing(a -> a.account().host());

    private final IMap<Account, StoredAccount> accounts;

    public ClusterAccountStore(IMap<Account, StoredAccount> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<StoredAccount> find(Account account) {
        return Optional.ofNullable(accounts.get(account));
    }

    @Override
    public List<StoredAccount> list() {
        return accounts.values().stream().sorted(ORDER).toList();
    }

    @Override
    public boolean create(StoredAccount account) {
        return accounts.putIfAbsent(account.account(), account) == null;
    }

    @Override
    public boolean drop(Account account) {
        return accounts.remove(account) != null;
    }

    @Override
    public boolean setPasswordHash(Account account, String passwordHash) {
        return accounts.executeOnKey(account, new PasswordHashProcessor(passwordHash));
    }

    @Override
    public Outcome grant(Account account, Set<Privilege> privileges, String schema) {
        return accounts.executeOnKey(account, new PrivilegeProcessor(true, privileges, schema));
    }

    @Override
    public Outcome revoke(Account account, Set<Privilege> privileges, String schema) {
        return accounts.executeOnKey(account, new PrivilegeProcessor(false, privileges, schema));
    }
}
