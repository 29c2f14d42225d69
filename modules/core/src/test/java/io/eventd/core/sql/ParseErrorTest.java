package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertError;
import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.Statement.CreateEvent;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.catchThrowable;

class ParseErrorTest {

    @Test
    void nearTextIsTheRestOfTheStatementCutAt80Characters() {
        String tail = "x".repeat(100);
        assertSyntaxError("DROP EVENT e " + tail, tail.substring(0, 80), 1);
    }

    @Test
    void lineIsTheLineOfTheOffendingToken() {
        assertSyntaxError("CREATE EVENT e\nON SCHEDULE\nEVERY 1 SECOND\nENABLE\nON COMPLETION PRESERVE DO SELECT 1",
                "ON COMPLETION PRESERVE DO SELECT 1", 5);
    }

    @Test
    void errorAtEndOfInputIsNearEmpty() {
        assertSyntaxError("SELECT 1 +", "", 1);
        assertSyntaxError("SELECT 1 +\n\n", "", 3);
    }

    @Test
    void unterminatedStringIsQuotedFromItsStart() {
        assertSyntaxError("SELECT 'abc", "'abc", 1);
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 'x", "'x", 1);
        assertSyntaxError("SELECT 1 /* open", "/* open", 1);
    }

    @Test
    void eventNameRules() {
        String name64 = "n".repeat(64);
        assertThat(((CreateEvent) parse("CREATE EVENT " + name64 + " ON SCHEDULE EVERY 1 DAY DO SELECT 1")).name()
                .name()).isEqualTo(name64);
        String cyrillic64 = "я".repeat(64);
        assertThat(((CreateEvent) parse("CREATE EVENT " + cyrillic64 + " ON SCHEDULE EVERY 1 DAY DO SELECT 1"))
                .name().name()).isEqualTo(cyrillic64);
        assertError("CREATE EVENT " + "n".repeat(65) + " ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1059,
                "Identifier name '" + "n".repeat(65) + "' is too long");
        assertError("CREATE EVENT `` ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1458, "Incorrect routine name ''");
        assertError("DROP EVENT `e `", 1458, "Incorrect routine name 'e '");
        assertError("ALTER EVENT e RENAME TO `x `", 1458, "Incorrect routine name 'x '");
        assertError("SHOW CREATE EVENT ``.e", 1102, "Incorrect database name ''");
        assertError("DROP EVENT `" + "d".repeat(65) + "`.e", 1059, "Identifier name '" + "d".repeat(65) + "' is too long");
    }

    @Test
    void reservedWordWhereANameIsExpected() {
        assertSyntaxError("DROP EVENT from", "from", 1);
        assertSyntaxError("SELECT * FROM information_schema.EVENTS WHERE", "", 1);
    }

    @Test
    void mysqlExamplesFromTheSpec() {
        assertSyntaxError("CREATE EVENT e ON SCHEDULE EVERY 1 SECOND ENABLE ON COMPLETION PRESERVE DO SELECT 1",
                "ON COMPLETION PRESERVE DO SELECT 1", 1);
        assertSyntaxError("ALTER EVENT e", "", 1);
        assertSyntaxError("DROP EVENT (select 1)", "(select 1)", 1);
    }

    @Test
    void tooDeepNestingIs1064() {
        String deep = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000);
        assertThat(catchThrowable(() -> Parser.parse(deep)))
                .isInstanceOf(SqlException.class)
                .hasMessageContaining("ERROR 1064");
        assertThat(catchThrowable(() -> Parser.parse("SELECT " + "-".repeat(9000) + "1")))
                .hasMessageContaining("ERROR 1064");
        assertThat(catchThrowable(() -> Parser.parse("SELECT " + "NOT ".repeat(9000) + "1")))
                .hasMessageContaining("ERROR 1064");
        assertThat(catchThrowable(() -> Parser.parse("SELECT 1" + " + 1".repeat(9000))))
                .hasMessageContaining("ERROR 1064");
    }

    @Test
    void moderateChainsAndNestingParse() {
        assertThat(Parser.parse("SELECT 1" + " + 1".repeat(200) + " OR a = b" + " AND c".repeat(20))).isNotNull();
        assertThat(Parser.parse("SELECT " + "(".repeat(60) + "1" + ")".repeat(60))).isNotNull();
    }
}
