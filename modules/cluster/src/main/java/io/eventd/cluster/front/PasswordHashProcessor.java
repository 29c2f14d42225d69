package io.eventd.cluster.front;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import java.util.Map;

/** Replaces an account's password hash on its partition; false when there is no such account. */
record PasswordHashProcessor(String passwordHash) implements EntryProcessor<Account, StoredAccount, Boolean> {

    @Override
    public Boolean process(Map.Entry<Account, StoredAccount> entry) {
        StoredAccount stored = entry.getValue();
        if (stored == null) {
            return false;
        }
        entry.setValue(stored.withPasswordHash(passwordHash));
        return true;
    }
}
