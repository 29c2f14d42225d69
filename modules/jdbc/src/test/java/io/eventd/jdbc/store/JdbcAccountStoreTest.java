package io.eventd.jdbc.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.catalog.Privileges;
import io.eventd.core.catalog.StoredAccount;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.jdbc.testing.SharedMariaDb;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JdbcAccountStoreTest {
    private final JdbcAccountStore store = new JdbcAccountStore(
            new MetadataSchema(SharedMariaDb.pool().dataSource(), SharedMariaDb.uniqueName("accounts")));

    private static final StoredAccount APP = new StoredAccount(new Account("app", "10.0.%"), "$2a$hash",
            new Privileges(Set.of(Privilege.EVENT), new TreeSet<>(Set.of("sales", "a,b `odd`"))));
    private static final StoredAccount ROOT = new StoredAccount(new Account("root", "%"), "$2a$root", Privileges.ALL);
    private static final StoredAccount CASED = new StoredAccount(new Account("App", "10.0.%"), "x", Privileges.NONE);

    @Test
    void roundTripsAccountsWithTheirGrantsOrderedByUserThenHost() {
        store.store(ROOT);
        store.store(APP);
        store.store(CASED);
        assertThat(store.loadAll().values()).containsExactly(CASED, APP, ROOT);
        assertThat(store.load(APP.account())).contains(APP);
        assertThat(store.load(new Account("app", "%"))).isEmpty();
    }

    @Test
    void storingAgainReplacesHashAndGrantsAndDeleteRemovesBoth() {
        store.store(APP);
        StoredAccount changed = APP.withPasswordHash("new").withPrivileges(
                new Privileges(Set.of(Privilege.SUPER), new TreeSet<>(Set.of("hr"))));
        store.store(changed);
        assertThat(store.load(APP.account())).contains(changed);
        store.delete(APP.account());
        assertThat(store.loadAll()).isEmpty();
        store.store(new StoredAccount(APP.account(), "h", Privileges.NONE));
        assertThat(store.load(APP.account()).orElseThrow().privileges()).isEqualTo(Privileges.NONE);
    }
}
