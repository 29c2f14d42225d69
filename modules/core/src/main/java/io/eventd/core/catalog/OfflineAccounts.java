package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import java.util.Set;

/**
 * The accounts of an offline check: {@code root@localhost} with every privilege, plus optionally one more known
 * account that holds EVENT on some schemas only and is no admin.
 */
public final class OfflineAccounts implements Accounts {
    public static final Account ROOT = new Account("root", "localhost");

    private final Account other;
    private final Set<String> otherEventSchemas;

    private OfflineAccounts(Account other, Set<String> otherEventSchemas) {
        this.other = other;
        this.otherEventSchemas = Set.copyOf(otherEventSchemas);
    }

    public static OfflineAccounts rootOnly() {
        return new OfflineAccounts(null, Set.of());
    }

    /** Root plus {@code account}, which holds EVENT on {@code eventSchemas} only. */
    public static OfflineAccounts withAccount(Account account, Set<String> eventSchemas) {
        return new OfflineAccounts(account, eventSchemas);
    }

    @Override
    public boolean exists(Account account) {
        return account.equals(ROOT) || account.equals(other);
    }

    @Override
    public boolean hasEventPrivilege(Account account, String schema) {
        return account.equals(ROOT) || account.equals(other) && otherEventSchemas.contains(schema);
    }

    @Override
    public boolean isAdmin(Account account) {
        return account.equals(ROOT);
    }
}
