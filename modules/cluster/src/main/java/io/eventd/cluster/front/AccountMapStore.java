package io.eventd.cluster.front;

import com.hazelcast.map.MapStore;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.jdbc.store.JdbcAccountStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The accounts map's write-through to MySQL ({@link JdbcAccountStore}), loaded eagerly at start. */
final class AccountMapStore implements MapStore<Account, StoredAccount> {
    private final JdbcAccountStore store;

    AccountMapStore(JdbcAccountStore store) {
        this.store = store;
    }

    @Override
    public void store(Account key, StoredAccount value) {
        store.store(value);
    }

    @Override
    public void storeAll(Map<Account, StoredAccount> map) {
        map.values().forEach(store::store);
    }

    @Override
    public void delete(Account key) {
        store.delete(key);
    }

    @Override
    public void deleteAll(Collection<Account> keys) {
        keys.forEach(store::delete);
    }

    @Override
    public StoredAccount load(Account key) {
        return store.load(key).orElse(null);
    }

    /** Only the accounts asked for (Hazelcast calls this per partition batch at start; reading the whole table
     * for each batch repeated it once per batch). Accounts are few, so one lookup each. */
    @Override
    public Map<Account, StoredAccount> loadAll(Collection<Account> keys) {
        Map<Account, StoredAccount> wanted = new HashMap<>();
        for (Account key : keys) {
            store.load(key).ifPresent(account -> wanted.put(key, account));
        }
        return wanted;
    }

    @Override
    public Iterable<Account> loadAllKeys() {
        return store.loadAll().keySet();
    }
}
