package io.eventd.http.impl;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;

/** The EVENT privilege as the REST resources check it: 1044 for a schema the caller holds no EVENT on. */
final class EventAccess {
    private final Accounts accounts;

    EventAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    boolean allows(Account account, String schema) {
        return accounts.hasEventPrivilege(account, schema);
    }

    void require(Account account, String schema) {
        if (!allows(account, schema)) {
            throw new SqlException(MysqlErrors.databaseAccessDenied(account.user(), account.host(), schema));
        }
    }
}
