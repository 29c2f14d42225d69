package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts and privileges statements check (1044, 1227, Note 1449) and manage (CREATE / DROP / ALTER USER,
 * GRANT, REVOKE, SHOW GRANTS). Account hosts compare case-insensitively, user names exactly.
 */
public interface Accounts {

    boolean exists(Account account);

    /** EVENT privilege on the schema (or globally). */
    boolean hasEventPrivilege(Account account, String schema);

    /** SUPER: may name another account as DEFINER, run SET GLOBAL and manage accounts. */
    boolean isAdmin(Account account);

    /** The account's privileges; empty when there is no such account. */
    Optional<Privileges> privileges(Account account);

    /** CREATE USER: false (nothing changed) when the account exists. The password is hashed, never kept. */
    boolean create(Account account, char[] password);

    /** DROP USER: false when the account did not exist. */
    boolean drop(Account account);

    /** ALTER USER … IDENTIFIED BY: false when the account does not exist. */
    boolean changePassword(Account account, char[] password);

    /** GRANT {@code privileges} ON {@code *.*} ({@code schema} null) or ON {@code schema.*} (EVENT only). */
    AccountStore.Outcome grant(Account account, Set<Privilege> privileges, String schema);

    /** REVOKE, as {@link #grant}; NO_SUCH_GRANT when the account holds nothing on {@code schema}. */
    AccountStore.Outcome revoke(Account account, Set<Privilege> privileges, String schema);
}
