package io.eventd.cluster.front;

import com.hazelcast.map.EntryProcessor;
import io.eventd.core.catalog.AccountStore.Outcome;
import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Map;
import java.util.Set;

/** GRANT ({@code grant} true) or REVOKE of {@code privileges} on {@code schema} (null: {@code *.*}), on the account's partition. */
record PrivilegeProcessor(boolean grant, Set<Privilege> privileges, String schema)
        implements EntryProcessor<Account, StoredAccount, Outcome> {

    PrivilegeProcessor {
        privileges = Set.copyOf(privileges);
    }

    @Override
    public Outcome process(Map.Entry<Account, StoredAccount> entry) {
        StoredAccount stored = entry.getValue();
        if (stored == null) {
            return Outcome.NO_SUCH_ACCOUNT;
        }
        Privileges held = stored.privileges();
        Privileges changed = grant ? held.grant(privileges, schema) : held.revoke(privileges, schema);
        if (changed == null) {
            return Outcome.NO_SUCH_GRANT;
        }
        entry.setValue(stored.withPrivileges(changed));
        return Outcome.DONE;
    }
}
