package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import io.eventd.core.event.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStatementsTest {
    private final ServerFixture f = new ServerFixture();

    @Test
    void lifecycleOfAnAccount() {
        f.ok(f.root, "CREATE USER 'app'@'LOCALHOST' IDENTIFIED BY 'first'");
        assertThat(f.accounts.authenticate("app", "localhost", "first".toCharArray()))
                .isEqualTo(new Account("app", "localhost"));
        f.ok(f.root, "ALTER USER app@localhost IDENTIFIED BY 'second'");
        assertThat(f.accounts.authenticate("app", "localhost", "second".toCharArray()).user()).isEqualTo("app");
        f.ok(f.root, "GRANT EVENT ON test.* TO 'app'@'localhost'");
        assertThat(f.accounts.hasEventPrivilege(new Account("app", "localhost"), "test")).isTrue();
        f.ok(f.root, "REVOKE EVENT ON test.* FROM 'app'@'localhost'");
        assertThat(f.accounts.hasEventPrivilege(new Account("app", "localhost"), "test")).isFalse();
        f.ok(f.root, "DROP USER 'app'@'localhost'");
        assertThat(f.accounts.exists(new Account("app", "localhost"))).isFalse();
    }

    @Test
    void createAndDropErrorsAndNotes() {
        f.ok(f.root, "CREATE USER a IDENTIFIED BY 'x'");
        assertThat(f.error(f.root, "CREATE USER a, b")).isEqualTo(new SqlError(1396, "HY000",
                "Operation CREATE USER failed for 'a'@'%'"));
        assertThat(f.accounts.exists(new Account("b", "%"))).isFalse();
        assertThat(f.warnings(f.root, "CREATE USER IF NOT EXISTS a, b")).containsExactly(
                new Diagnostic(Level.Note, 3163, "Authorization ID 'a'@'%' already exists."));
        assertThat(f.accounts.exists(new Account("b", "%"))).isTrue();
        assertThat(f.error(f.root, "DROP USER a, c, 'd'@'h'")).isEqualTo(new SqlError(1396, "HY000",
                "Operation DROP USER failed for 'c'@'%','d'@'h'"));
        assertThat(f.accounts.exists(new Account("a", "%"))).isTrue();
        assertThat(f.warnings(f.root, "DROP USER IF EXISTS a, c")).containsExactly(
                new Diagnostic(Level.Note, 3162, "Authorization ID 'c'@'%' does not exist."));
        assertThat(f.error(f.root, "ALTER USER nobody IDENTIFIED BY 'x'")).isEqualTo(new SqlError(1396, "HY000",
                "Operation ALTER USER failed for 'nobody'@'%'"));
    }

    @Test
    void droppingADefinerWarns4005() {
        f.ok(f.root, "CREATE USER 'owner'@'%'");
        f.ok(f.root, "CREATE DEFINER='owner'@'%' EVENT e ON SCHEDULE EVERY 1 HOUR DO SELECT 1");
        assertThat(f.warnings(f.root, "DROP USER owner")).containsExactly(new Diagnostic(Level.Warning, 4005,
                "User 'owner'@'%' is referenced as a definer account in an event."));
        assertThat(f.rows(f.root, "SHOW WARNINGS")).containsExactly(List.of("Warning", 4005L,
                "User 'owner'@'%' is referenced as a definer account in an event."));
    }

    @Test
    void accountManagementNeedsTheAdminPrivilege() {
        Session app = f.user("app", "EVENT ON *.*");
        SqlError createUser = new SqlError(1227, "42000",
                "Access denied; you need (at least one of) the CREATE USER privilege(s) for this operation");
        assertThat(f.error(app, "CREATE USER x")).isEqualTo(createUser);
        assertThat(f.error(app, "DROP USER root")).isEqualTo(createUser);
        assertThat(f.error(app, "ALTER USER root IDENTIFIED BY 'mine'")).isEqualTo(createUser);
        assertThat(f.error(app, "GRANT EVENT ON *.* TO app")).isEqualTo(new SqlError(1045, "28000",
                "Access denied for user 'app'@'%' (using password: YES)"));
        assertThat(f.error(app, "REVOKE EVENT ON test.* FROM root")).isEqualTo(new SqlError(1044, "42000",
                "Access denied for user 'app'@'%' to database 'test'"));
        f.ok(app, "ALTER USER app IDENTIFIED BY 'mine'");
        assertThat(f.accounts.authenticate("app", null, "mine".toCharArray()).user()).isEqualTo("app");
    }

    @Test
    void grantAndRevokeErrors() {
        f.user("app");
        assertThat(f.error(f.root, "GRANT EVENT ON test.* TO ghost")).isEqualTo(new SqlError(1410, "42000",
                "You are not allowed to create a user with GRANT"));
        assertThat(f.error(f.root, "REVOKE EVENT ON test.* FROM app")).isEqualTo(new SqlError(1141, "42000",
                "There is no such grant defined for user 'app' on host '%'"));
        assertThat(f.error(f.root, "REVOKE EVENT ON *.* FROM ghost")).isEqualTo(new SqlError(1141, "42000",
                "There is no such grant defined for user 'ghost' on host '%'"));
        f.ok(f.root, "REVOKE EVENT ON *.* FROM app");
        assertThat(f.error(f.root, "GRANT SUPER ON test.* TO app")).isEqualTo(new SqlError(1221, "HY000",
                "Incorrect usage of DB GRANT and GLOBAL PRIVILEGES"));
        assertThat(f.error(f.root, "GRANT SELECT ON test.* TO app").code()).isEqualTo(7902);
        f.ok(f.root, "GRANT EVENT ON * TO app");
        assertThat(f.accounts.hasEventPrivilege(new Account("app", "%"), "test")).isTrue();
    }

    @Test
    void showGrantsPrintsMysqlsLines() {
        Session app = f.user("app", "EVENT ON test.*", "EVENT ON `other`.*");
        StatementResult own = f.ok(app, "SHOW GRANTS");
        assertThat(own.columns()).containsExactly("Grants for app@%");
        assertThat(own.rows()).containsExactly(List.of("GRANT USAGE ON *.* TO `app`@`%`"),
                List.of("GRANT EVENT ON `other`.* TO `app`@`%`"), List.of("GRANT EVENT ON `test`.* TO `app`@`%`"));
        assertThat(f.rows(f.root, "SHOW GRANTS FOR CURRENT_USER()"))
                .containsExactly(List.of("GRANT ALL PRIVILEGES ON *.* TO `root`@`%`"));
        f.ok(f.root, "GRANT EVENT ON *.* TO app");
        assertThat(f.rows(f.root, "SHOW GRANTS FOR 'app'@'%'").get(0))
                .containsExactly("GRANT EVENT ON *.* TO `app`@`%`");
        f.ok(f.root, "GRANT SUPER ON *.* TO app");
        f.ok(f.root, "REVOKE EVENT ON *.* FROM app");
        assertThat(f.rows(f.root, "SHOW GRANTS FOR app").get(0)).containsExactly("GRANT SUPER ON *.* TO `app`@`%`");
        f.ok(f.root, "REVOKE ALL PRIVILEGES ON *.* FROM app");
        assertThat(f.rows(f.root, "SHOW GRANTS FOR app").get(0)).containsExactly("GRANT USAGE ON *.* TO `app`@`%`");
        assertThat(f.error(app, "SHOW GRANTS FOR root")).isEqualTo(new SqlError(1044, "42000",
                "Access denied for user 'app'@'%' to database 'mysql'"));
        assertThat(f.error(f.root, "SHOW GRANTS FOR ghost")).isEqualTo(new SqlError(1141, "42000",
                "There is no such grant defined for user 'ghost' on host '%'"));
    }

    @Test
    void setGlobalNeedsTheAdminPrivilege() {
        Session app = f.user("app", "EVENT ON *.*");
        assertThat(f.error(app, "SET GLOBAL event_scheduler = OFF")).isEqualTo(new SqlError(1227, "42000",
                "Access denied; you need (at least one of) the SUPER or SYSTEM_VARIABLES_ADMIN privilege(s) for this "
                        + "operation"));
        f.ok(f.root, "GRANT SUPER ON *.* TO app");
        f.ok(app, "SET GLOBAL event_scheduler = OFF");
        assertThat(f.rows(app, "SELECT @@event_scheduler")).containsExactly(List.of("OFF"));
    }
}
