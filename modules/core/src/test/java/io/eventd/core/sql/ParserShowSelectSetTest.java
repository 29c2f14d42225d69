package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertError;
import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.ast.Statement.Assignment;
import io.eventd.core.sql.ast.Statement.Select;
import io.eventd.core.sql.ast.Statement.SelectItem;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.sql.expr.Expr.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserShowSelectSetTest {

    @Test
    void showEvents() {
        assertThat((Statement) parse("SHOW EVENTS")).isEqualTo(new Statement.ShowEvents(null, null, null));
        assertThat((Statement) parse("show events from db like 'e%'"))
                .isEqualTo(new Statement.ShowEvents("db", "e%", null));
        assertThat((Statement) parse("SHOW EVENTS IN `db` WHERE Name = 'x'")).isEqualTo(new Statement.ShowEvents("db",
                null, new Expr.Binary(Expr.BinaryOp.EQ, new Expr.Column(null, "Name"), new Expr.StringLiteral("x"))));
        assertError("SHOW EVENTS FROM ``", 1102, "Incorrect database name ''");
        assertSyntaxError("SHOW EVENTS LIKE x", "x", 1);
    }

    @Test
    void showCreateEvent() {
        assertThat((Statement) parse("SHOW CREATE EVENT db.e"))
                .isEqualTo(new Statement.ShowCreateEvent(new QualifiedName("db", "e")));
    }

    @Test
    void showVariablesAndWarnings() {
        assertThat((Statement) parse("SHOW VARIABLES")).isEqualTo(new Statement.ShowVariables(null, null, null));
        assertThat((Statement) parse("SHOW GLOBAL VARIABLES LIKE 'event%'"))
                .isEqualTo(new Statement.ShowVariables(Scope.GLOBAL, "event%", null));
        assertThat(((Statement.ShowVariables) parse("SHOW SESSION VARIABLES WHERE Variable_name = 'x'")).scope())
                .isEqualTo(Scope.SESSION);
        assertThat((Statement) parse("SHOW WARNINGS")).isEqualTo(new Statement.ShowWarnings(null));
        assertThat((Statement) parse("SHOW WARNINGS LIMIT 5")).isEqualTo(new Statement.ShowWarnings(5L));
    }

    @Test
    void selectWithoutFrom() {
        Select s = parse("SELECT @@global.event_scheduler, @a, NOW() AS n, 1 + 1 two, @@event_scheduler");
        assertThat(s.from()).isNull();
        assertThat(s.items()).containsExactly(
                new SelectItem(new Expr.SystemVariable(Scope.GLOBAL, "event_scheduler"), null, false,
                        "@@global.event_scheduler"),
                new SelectItem(new Expr.UserVariable("a"), null, false, "@a"),
                new SelectItem(new Expr.FunctionCall("NOW", List.of()), "n", false, "NOW()"),
                new SelectItem(new Expr.Binary(Expr.BinaryOp.PLUS, new Expr.NumberLiteral("1"),
                        new Expr.NumberLiteral("1")), "two", false, "1 + 1"),
                new SelectItem(new Expr.SystemVariable(null, "event_scheduler"), null, false, "@@event_scheduler"));
    }

    @Test
    void selectFromInformationSchemaEvents() {
        Select s = parse("SELECT EVENT_NAME, e.STATUS FROM `INFORMATION_SCHEMA`.`EVENTS` AS e "
                + "WHERE EVENT_SCHEMA = 'db' ORDER BY EVENT_NAME DESC, 2 ASC LIMIT 10, 5");
        assertThat(s.from()).isEqualTo(new QualifiedName("INFORMATION_SCHEMA", "EVENTS"));
        assertThat(s.items().get(1).expr()).isEqualTo(new Expr.Column("e", "STATUS"));
        assertThat(s.where()).isNotNull();
        assertThat(s.orderBy()).extracting(Statement.OrderItem::descending).containsExactly(true, false);
        assertThat(s.offset()).isEqualTo(10L);
        assertThat(s.limit()).isEqualTo(5L);
        Select star = parse("select * from information_schema.events x limit 3 offset 1");
        assertThat(star.items()).containsExactly(new SelectItem(null, null, true, "*"));
        assertThat(star.limit()).isEqualTo(3L);
        assertThat(star.offset()).isEqualTo(1L);
    }

    @Test
    void selectFromAnotherTableIsUnsupported() {
        assertError("SELECT * FROM mysql.user", 7902, "eventd: statement not supported by eventd: SELECT FROM mysql.user");
        assertError("SELECT * FROM information_schema.EVENTS GROUP BY 1", 7903,
                "eventd: query not supported over information_schema.EVENTS: GROUP");
    }

    @Test
    void setForms() {
        assertThat(assignments("SET GLOBAL event_scheduler = ON")).containsExactly(new Assignment(
                new Expr.SystemVariable(Scope.GLOBAL, "event_scheduler"), new Expr.Column(null, "ON")));
        assertThat(assignments("SET @@global.event_scheduler = OFF")).containsExactly(new Assignment(
                new Expr.SystemVariable(Scope.GLOBAL, "event_scheduler"), new Expr.Column(null, "OFF")));
        assertThat(assignments("SET @v = 1, @w := 'x'")).containsExactly(
                new Assignment(new Expr.UserVariable("v"), new Expr.NumberLiteral("1")),
                new Assignment(new Expr.UserVariable("w"), new Expr.StringLiteral("x")));
        assertThat(assignments("SET time_zone = '+00:00'")).containsExactly(new Assignment(
                new Expr.SystemVariable(null, "time_zone"), new Expr.StringLiteral("+00:00")));
        assertThat(assignments("SET SESSION sql_mode = '', TIMESTAMP = 1700000000")).containsExactly(
                new Assignment(new Expr.SystemVariable(Scope.SESSION, "sql_mode"), new Expr.StringLiteral("")),
                new Assignment(new Expr.SystemVariable(Scope.SESSION, "TIMESTAMP"),
                        new Expr.NumberLiteral("1700000000")));
        assertThat(assignments("SET LOCAL x = DISABLED")).containsExactly(new Assignment(
                new Expr.SystemVariable(Scope.SESSION, "x"), new Expr.Column(null, "DISABLED")));
    }

    private static List<Assignment> assignments(String sql) {
        return ((Statement.Set) parse(sql)).assignments();
    }

    @Test
    void setErrors() {
        assertSyntaxError("SET @v", "", 1);
        assertSyntaxError("SET = 1", "= 1", 1);
        assertError("SET NAMES utf8mb4", 7902, "eventd: statement not supported by eventd: SET NAMES");
    }

    @Test
    void useAndDatabases() {
        assertThat((Statement) parse("USE db")).isEqualTo(new Statement.Use("db"));
        assertThat((Statement) parse("CREATE DATABASE IF NOT EXISTS db"))
                .isEqualTo(new Statement.CreateDatabase(true, "db"));
        assertThat((Statement) parse("create schema db")).isEqualTo(new Statement.CreateDatabase(false, "db"));
        assertThat((Statement) parse("DROP SCHEMA IF EXISTS db")).isEqualTo(new Statement.DropDatabase(true, "db"));
        assertThat((Statement) parse("DROP DATABASE db")).isEqualTo(new Statement.DropDatabase(false, "db"));
        assertError("USE ``", 1102, "Incorrect database name ''");
    }

    @Test
    void otherStatementsAreUnsupported() {
        assertError("CREATE TABLE t (a INT)", 7902, "eventd: statement not supported by eventd: CREATE TABLE");
        assertError("INSERT INTO t VALUES (1)", 7902, "eventd: statement not supported by eventd: INSERT");
        assertError("SHOW TABLES", 7902, "eventd: statement not supported by eventd: SHOW TABLES");
        assertError("ALTER TABLE t ADD c INT", 7902, "eventd: statement not supported by eventd: ALTER TABLE");
    }

    @Test
    void gibberishIs1064() {
        assertSyntaxError("hello world", "hello world", 1);
        assertSyntaxError("CREATE THING x", "THING x", 1);
        assertSyntaxError("SHOW nonsense", "nonsense", 1);
        assertSyntaxError("END", "END", 1);
        assertSyntaxError("42", "42", 1);
    }

    @Test
    void emptyStatementIs1065() {
        assertError("  -- nothing", 1065, "Query was empty");
    }
}
