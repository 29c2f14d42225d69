package io.eventd.core.catalog;

import io.eventd.core.event.Account;

/** The accounts and privileges event DDL checks (1044, 1227, Note 1449). */
public interface Accounts {

    boolean exists(Account account);

    /** EVENT privilege on the schema (or globally). */
    boolean hasEventPrivilege(Account account, String schema);

    /** SUPER or SET_USER_ID: may name another account as DEFINER. */
    boolean isAdmin(Account account);
}
