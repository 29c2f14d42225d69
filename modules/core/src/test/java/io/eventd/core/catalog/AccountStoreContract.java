package io.eventd.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AccountStore} must do; an implementation's test subclasses this and supplies an empty store. */
public abstract class AccountStoreContract {
    private static final Account APP = new Account("app", "%");

    protected abstract AccountStore emptyStore();

    private AccountStore store;

    @BeforeEach
    void newStore() {
        store = emptyStore();
    }

    private static StoredAccount account(String user, String host) {
        return new StoredAccount(new Account(user, host), "hash-" + user, Privileges.NONE);
    }

    @Test
    void createsOnceAndFinds() {
        assertThat(store.create(account("app", "%"))).isTrue();
        assertThat(store.create(new StoredAccount(APP, "other", Privileges.ALL))).isFalse();
        assertThat(store.find(APP)).contains(account("app", "%"));
        assertThat(store.find(new Account("app", "localhost"))).isEmpty();
        assertThat(store.find(new Account("APP", "%"))).isEmpty();
    }

    @Test
    void listsByUserThenHost() {
        store.create(account("b", "%"));
        store.create(account("a", "localhost"));
        store.create(account("a", "%"));
        assertThat(store.list()).extracting(StoredAccount::account).containsExactly(new Account("a", "%"),
                new Account("a", "localhost"), new Account("b", "%"));
    }

    @Test
    void dropsOnlyWhatExists() {
        store.create(account("app", "%"));
        assertThat(store.drop(APP)).isTrue();
        assertThat(store.drop(APP)).isFalse();
        assertThat(store.find(APP)).isEmpty();
    }

    @Test
    void replacesThePasswordHash() {
        assertThat(store.setPasswordHash(APP, "x")).isFalse();
        store.create(account("app", "%"));
        assertThat(store.setPasswordHash(APP, "new")).isTrue();
        assertThat(store.find(APP).orElseThrow().passwordHash()).isEqualTo("new");
    }

    @Test
    void grantsAndRevokesGlobally() {
        assertThat(store.grant(APP, Set.of(Privilege.EVENT), null)).isEqualTo(AccountStore.Outcome.NO_SUCH_ACCOUNT);
        store.create(account("app", "%"));
        assertThat(store.grant(APP, Set.of(Privilege.EVENT, Privilege.SUPER), null)).isEqualTo(AccountStore.Outcome.DONE);
        assertThat(privileges().global()).containsExactlyInAnyOrder(Privilege.EVENT, Privilege.SUPER);
        assertThat(store.revoke(APP, Set.of(Privilege.SUPER), null)).isEqualTo(AccountStore.Outcome.DONE);
        assertThat(store.revoke(APP, Set.of(Privilege.SUPER), null)).isEqualTo(AccountStore.Outcome.DONE);
        assertThat(privileges().global()).containsExactly(Privilege.EVENT);
    }

    @Test
    void grantsAndRevokesEventOnSchemas() {
        store.create(account("app", "%"));
        store.grant(APP, Set.of(Privilege.EVENT), "b");
        store.grant(APP, Set.of(Privilege.EVENT), "a");
        assertThat(privileges().eventSchemas()).containsExactly("a", "b");
        assertThat(store.revoke(APP, Set.of(Privilege.EVENT), "a")).isEqualTo(AccountStore.Outcome.DONE);
        assertThat(store.revoke(APP, Set.of(Privilege.EVENT), "a")).isEqualTo(AccountStore.Outcome.NO_SUCH_GRANT);
        assertThat(store.revoke(new Account("x", "%"), Set.of(Privilege.EVENT), "a"))
                .isEqualTo(AccountStore.Outcome.NO_SUCH_ACCOUNT);
        assertThat(privileges()).isEqualTo(new Privileges(Set.of(), new TreeSet<>(Set.of("b"))));
    }

    @Test
    void racingCreatesGiveOneSuccess() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> create = () -> {
                    start.await();
                    return store.create(account("app", "%"));
                };
                outcomes.add(pool.submit(create));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> outcome : outcomes) {
                created += outcome.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racingGrantsOnSchemasAreAllKept() throws Exception {
        store.create(account("app", "%"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AccountStore.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String schema = "s" + i;
                outcomes.add(pool.submit(() -> store.grant(APP, Set.of(Privilege.EVENT), schema)));
            }
            for (Future<AccountStore.Outcome> outcome : outcomes) {
                assertThat(outcome.get()).isEqualTo(AccountStore.Outcome.DONE);
            }
            assertThat(privileges().eventSchemas()).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
    }

    private Privileges privileges() {
        return store.find(APP).orElseThrow().privileges();
    }
}
