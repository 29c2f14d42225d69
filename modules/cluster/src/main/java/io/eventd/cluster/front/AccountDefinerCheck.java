package io.eventd.cluster.front;

import io.eventd.cluster.run.DefinerCheck;
import io.eventd.core.catalog.AccountDirectory;
import io.eventd.core.catalog.AccountStore;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.EventDefinition;
import java.util.Optional;

/** The definer check over the cluster's accounts: one map read on the account's partition per run. */
final class AccountDefinerCheck implements DefinerCheck {
    private final AccountStore accounts;

    AccountDefinerCheck(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> refusal(EventDefinition event) {
        String definer = event.definer().quoted();
        Optional<StoredAccount> account = accounts.find(AccountDirectory.normalize(event.definer()));
        if (account.isEmpty()) {
            return Optional.of("definer " + definer + " does not exist");
        }
        if (!account.get().privileges().hasEvent(event.schema())) {
            return Optional.of("definer " + definer + " lacks the EVENT privilege on `" + event.schema() + "`");
        }
        return Optional.empty();
    }
}
