package io.eventd.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.Privilege;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.expr.Expr;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserAccountsAndServerTest {
    private static final Account APP = new Account("app", "%");

    @Test
    void createAlterDropUser() {
        assertThat(Parser.parse("CREATE USER IF NOT EXISTS 'app'@'localhost' IDENTIFIED BY 'pw', b"))
                .isEqualTo(new Statement.CreateUser(true, List.of(
                        new Statement.UserSpec(new Account("app", "localhost"), "pw"),
                        new Statement.UserSpec(new Account("b", "%"), null))));
        assertThat(Parser.parse("create user `app`@`%`")).isEqualTo(new Statement.CreateUser(false,
                List.of(new Statement.UserSpec(APP, null))));
        assertThat(Parser.parse("ALTER USER IF EXISTS app@localhost IDENTIFIED BY 'x'")).isEqualTo(
                new Statement.AlterUser(true, List.of(new Statement.UserSpec(new Account("app", "localhost"), "x"))));
        assertThat(Parser.parse("DROP USER IF EXISTS app, 'b'@'h'")).isEqualTo(
                new Statement.DropUser(true, List.of(APP, new Account("b", "h"))));
    }

    @Test
    void grantAndRevoke() {
        assertThat(Parser.parse("GRANT EVENT ON test.* TO app, 'b'@'h'")).isEqualTo(new Statement.Grant(
                Set.of(Privilege.EVENT), new Statement.GrantLevel(false, "test"), List.of(APP, new Account("b", "h"))));
        assertThat(Parser.parse("GRANT ALL PRIVILEGES ON *.* TO app")).isEqualTo(new Statement.Grant(
                Set.of(Privilege.EVENT, Privilege.SUPER), Statement.GrantLevel.GLOBAL, List.of(APP)));
        assertThat(Parser.parse("GRANT ALL ON *.* TO app")).isEqualTo(Parser.parse("GRANT SUPER, EVENT ON *.* TO app"));
        assertThat(Parser.parse("GRANT USAGE ON *.* TO app")).isEqualTo(new Statement.Grant(Set.of(),
                Statement.GrantLevel.GLOBAL, List.of(APP)));
        assertThat(Parser.parse("GRANT EVENT ON * TO app")).isEqualTo(new Statement.Grant(Set.of(Privilege.EVENT),
                Statement.GrantLevel.CURRENT_DATABASE, List.of(APP)));
        assertThat(Parser.parse("REVOKE EVENT ON `my db`.* FROM app")).isEqualTo(new Statement.Revoke(
                Set.of(Privilege.EVENT), new Statement.GrantLevel(false, "my db"), List.of(APP)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRANT SELECT ON test.* TO app", "GRANT EVENT ON test.t TO app",
        "GRANT ALL ON test.* TO app", "GRANT EVENT ON *.* TO app WITH GRANT OPTION", "GRANT admin TO app",
        "CREATE USER app IDENTIFIED WITH mysql_native_password BY 'x'", "CREATE USER app REQUIRE SSL",
        "ALTER USER app ACCOUNT LOCK", "CREATE ROLE r", "SHOW GRANTS FOR app USING r"})
    void otherAccountFormsAre7902(String sql) {
        assertThat(catchThrowableOfType(() -> Parser.parse(sql), SqlException.class).error().code()).isEqualTo(7902);
    }

    @Test
    void superOnASchemaIs1221AndGarbageIs1064() {
        assertThat(catchThrowableOfType(() -> Parser.parse("GRANT SUPER ON test.* TO app"), SqlException.class)
                .error().code()).isEqualTo(1221);
        assertThat(catchThrowableOfType(() -> Parser.parse("GRANT EVENT ON *.* app"), SqlException.class)
                .error().code()).isEqualTo(1064);
        assertThat(catchThrowableOfType(() -> Parser.parse("DROP USER"), SqlException.class)
                .error().code()).isEqualTo(1064);
    }

    @Test
    void showGrantsProcesslistStatus() {
        assertThat(Parser.parse("SHOW GRANTS")).isEqualTo(new Statement.ShowGrants(null));
        assertThat(Parser.parse("SHOW GRANTS FOR CURRENT_USER()")).isEqualTo(new Statement.ShowGrants(null));
        assertThat(Parser.parse("SHOW GRANTS FOR 'app'@'%'")).isEqualTo(new Statement.ShowGrants(APP));
        assertThat(Parser.parse("SHOW PROCESSLIST")).isEqualTo(new Statement.ShowProcesslist(false));
        assertThat(Parser.parse("show full processlist")).isEqualTo(new Statement.ShowProcesslist(true));
        assertThat(Parser.parse("SHOW STATUS")).isEqualTo(new Statement.ShowStatus(null, null, null));
        assertThat(Parser.parse("SHOW GLOBAL STATUS LIKE '%event%'"))
                .isEqualTo(new Statement.ShowStatus(Expr.Scope.GLOBAL, "%event%", null));
        assertThat(((Statement.ShowStatus) Parser.parse("SHOW SESSION STATUS WHERE Value > 0")).where()).isNotNull();
    }

    @Test
    void selectFromHistory() {
        Statement.Select select = (Statement.Select) Parser.parse(
                "SELECT event_name, status FROM eventd.history h WHERE status = 'FAILED' ORDER BY started_at DESC LIMIT 10");
        assertThat(select.from()).isEqualTo(new QualifiedName("eventd", "history"));
        assertThat(select.limit()).isEqualTo(10L);
        assertThat(((Statement.Select) Parser.parse("SELECT * FROM history")).from())
                .isEqualTo(new QualifiedName(null, "history"));
        assertThat(catchThrowableOfType(() -> Parser.parse("SELECT * FROM eventd.runs"), SqlException.class)
                .error().code()).isEqualTo(7902);
    }
}
