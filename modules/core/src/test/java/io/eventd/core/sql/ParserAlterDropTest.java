package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.sql.ast.DefinerClause;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.ScheduleClause;
import io.eventd.core.sql.ast.Statement.AlterEvent;
import io.eventd.core.sql.ast.Statement.DropEvent;
import io.eventd.core.sql.ast.StatusClause;
import io.eventd.core.sql.expr.Expr;
import org.junit.jupiter.api.Test;

class ParserAlterDropTest {
    private static final QualifiedName E = new QualifiedName(null, "e");

    @Test
    void alterEachClauseAlone() {
        assertThat((AlterEvent) parse("ALTER EVENT e ON SCHEDULE EVERY 2 WEEK")).isEqualTo(new AlterEvent(null, E,
                new ScheduleClause.Every(new Expr.NumberLiteral("2"), IntervalUnit.WEEK, null, null), null, null, null,
                null, null));
        assertThat(((AlterEvent) parse("ALTER EVENT e ON COMPLETION PRESERVE")).onCompletion())
                .isEqualTo(OnCompletion.PRESERVE);
        assertThat(((AlterEvent) parse("ALTER EVENT e RENAME TO other.f")).renameTo())
                .isEqualTo(new QualifiedName("other", "f"));
        assertThat(((AlterEvent) parse("ALTER EVENT e DISABLE ON SLAVE")).status())
                .isEqualTo(StatusClause.DISABLE_ON_SLAVE);
        assertThat(((AlterEvent) parse("ALTER EVENT e COMMENT ''")).comment()).isEmpty();
        assertThat(((AlterEvent) parse("ALTER EVENT e DO SELECT 2")).body()).isEqualTo("SELECT 2");
    }

    @Test
    void alterAllClausesInOrder() {
        AlterEvent a = parse("ALTER DEFINER=CURRENT_USER EVENT db.e ON SCHEDULE AT NOW() ON COMPLETION NOT PRESERVE "
                + "RENAME TO e2 ENABLE COMMENT 'c' DO SELECT 1");
        assertThat(a.definer()).isEqualTo(DefinerClause.CURRENT_USER);
        assertThat(a.name()).isEqualTo(new QualifiedName("db", "e"));
        assertThat(a.schedule()).isInstanceOf(ScheduleClause.At.class);
        assertThat(a.onCompletion()).isEqualTo(OnCompletion.NOT_PRESERVE);
        assertThat(a.renameTo()).isEqualTo(new QualifiedName(null, "e2"));
        assertThat(a.status()).isEqualTo(StatusClause.ENABLE);
        assertThat(a.comment()).isEqualTo("c");
        assertThat(a.body()).isEqualTo("SELECT 1");
    }

    @Test
    void alterWithoutAnyClauseIs1064() {
        assertSyntaxError("ALTER EVENT e", "", 1);
        assertSyntaxError("ALTER DEFINER=root EVENT e", "", 1);
        assertSyntaxError("ALTER EVENT e FOO", "FOO", 1);
    }

    @Test
    void alterClausesOutOfOrderAre1064() {
        assertSyntaxError("ALTER EVENT e ENABLE RENAME TO f", "RENAME TO f", 1);
        assertSyntaxError("ALTER EVENT e RENAME TO f ON COMPLETION PRESERVE", "ON COMPLETION PRESERVE", 1);
        assertSyntaxError("ALTER EVENT e ON COMPLETION PRESERVE ON SCHEDULE EVERY 1 DAY",
                "ON SCHEDULE EVERY 1 DAY", 1);
    }

    @Test
    void drop() {
        assertThat((DropEvent) parse("DROP EVENT e")).isEqualTo(new DropEvent(false, E));
        assertThat((DropEvent) parse("drop event if exists `db`.e;")).isEqualTo(
                new DropEvent(true, new QualifiedName("db", "e")));
    }

    @Test
    void dropErrors() {
        assertSyntaxError("DROP EVENT (select 1)", "(select 1)", 1);
        assertSyntaxError("DROP EVENT", "", 1);
        assertSyntaxError("DROP EVENT e f", "f", 1);
        assertSyntaxError("DROP EVENT IF e", "e", 1);
    }
}
