package io.eventd.core.catalog;

import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts of an offline check: {@code root@localhost} with ALL PRIVILEGES, plus optionally one more account
 * that holds EVENT on some schemas only and is no admin. Both have an empty password; CREATE USER and GRANT work
 * on them as on a server's accounts.
 */
public final class OfflineAccounts {
    public static final Account ROOT = new Account("root", "localhost");
    private static final int ITERATIONS = 1_000;

    private OfflineAccounts() {
    }

    public static AccountDirectory rootOnly() {
        AccountDirectory accounts = new AccountDirectory(new InMemoryAccountStore(),
                new Pbkdf2PasswordHasher(ITERATIONS));
        accounts.seedAdmin(ROOT, new char[0]);
        return accounts;
    }

    /** Root plus {@code account}, which holds EVENT on {@code eventSchemas} only. */
    public static AccountDirectory withAccount(Account account, Set<String> eventSchemas) {
        AccountDirectory accounts = rootOnly();
        accounts.seed(account, new char[0], new Privileges(Set.<Privilege>of(), new TreeSet<>(eventSchemas)));
        return accounts;
    }
}
