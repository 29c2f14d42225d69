package io.eventd.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eventd.core.error.SqlError;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {
    private final InMemoryAccountStore store = new InMemoryAccountStore();
    private final AccountDirectory accounts = new AccountDirectory(store, new TestPasswordHasher());

    @Test
    void seedsTheBootstrapAdminWithItsPasswordHashed() {
        accounts.seedAdmin(AccountDirectory.ROOT, "s3cret".toCharArray());
        StoredAccount root = store.find(AccountDirectory.ROOT).orElseThrow();
        assertThat(root.privileges()).isEqualTo(Privileges.ALL);
        assertThat(root.passwordHash()).doesNotContain("s3cret");
        assertThat(accounts.authenticate("root", null, "s3cret".toCharArray())).isEqualTo(AccountDirectory.ROOT);
        accounts.seedAdmin(AccountDirectory.ROOT, "changed".toCharArray());
        assertThat(accounts.authenticate("root", "10.0.0.1", "changed".toCharArray())).isEqualTo(AccountDirectory.ROOT);
    }

    @Test
    void badCredentialsAre1045() {
        accounts.create(new Account("app", "%"), "pw".toCharArray());
        assertThat(denied("app", "10.0.0.1", "nope")).isEqualTo(new SqlError(1045, "28000",
                "Access denied for user 'app'@'10.0.0.1' (using password: YES)"));
        assertThat(denied("ghost", null, "")).isEqualTo(new SqlError(1045, "28000",
                "Access denied for user 'ghost'@'%' (using password: NO)"));
    }

    @Test
    void theMostSpecificHostDecidesAsInMysql() {
        accounts.create(new Account("app", "%"), "any".toCharArray());
        accounts.create(new Account("app", "10.0.0.%"), "lan".toCharArray());
        accounts.create(new Account("app", "LocalHost"), "local".toCharArray());
        assertThat(accounts.authenticate("app", "localhost", "local".toCharArray()))
                .isEqualTo(new Account("app", "localhost"));
        assertThat(accounts.authenticate("app", "10.0.0.7", "lan".toCharArray()))
                .isEqualTo(new Account("app", "10.0.0.%"));
        assertThat(denied("app", "10.0.0.7", "any").code()).isEqualTo(1045);
        assertThat(accounts.authenticate("app", "192.168.1.1", "any".toCharArray())).isEqualTo(new Account("app", "%"));
    }

    @Test
    void hostsCompareCaseInsensitively() {
        accounts.create(new Account("app", "LOCALHOST"), "pw".toCharArray());
        assertThat(accounts.exists(new Account("app", "localhost"))).isTrue();
        assertThat(accounts.exists(new Account("APP", "localhost"))).isFalse();
    }

    @Test
    void pbkdf2HashesAreSaltedAndVerify() {
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
        String first = hasher.hash("pw".toCharArray());
        assertThat(first).isNotEqualTo(hasher.hash("pw".toCharArray())).startsWith("pbkdf2-sha256$1000$");
        assertThat(hasher.verify("pw".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("pW".toCharArray(), first)).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "garbage")).isFalse();
    }

    private SqlError denied(String user, String host, String password) {
        return ((SqlException) catchThrowable(
                () -> accounts.authenticate(user, host, password.toCharArray()))).error();
    }
}
