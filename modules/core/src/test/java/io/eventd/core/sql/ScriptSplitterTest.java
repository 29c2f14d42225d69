package io.eventd.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

    @Test
    void splitsAtSemicolonsAndKeepsTheLastStatementWithoutDelimiter() {
        assertThat(ScriptSplitter.split("SELECT 1; SELECT 2;\nSELECT 3")).containsExactly(
                new ScriptStatement("SELECT 1", 1), new ScriptStatement("SELECT 2", 1),
                new ScriptStatement("SELECT 3", 2));
    }

    @Test
    void delimitersInsideQuotesAndCommentsDoNotSplit() {
        assertThat(ScriptSplitter.split("SELECT ';', \";\", `a;b`, 'it\\'s;' -- x;y\n# p;q\n/* r;s */ ;SELECT 2"))
                .extracting(ScriptStatement::text)
                .containsExactly("SELECT ';', \";\", `a;b`, 'it\\'s;' -- x;y\n# p;q\n/* r;s */", "SELECT 2");
    }

    @Test
    void emptyAndCommentOnlyStatementsAreSkipped() {
        assertThat(ScriptSplitter.split(";;  ; -- nothing\n; /* c */ ;\n")).isEmpty();
    }

    @Test
    void executableCommentsAreContent() {
        assertThat(ScriptSplitter.split("/*!40101 SET NAMES utf8 */;")).extracting(ScriptStatement::text)
                .containsExactly("/*!40101 SET NAMES utf8 */");
    }

    @Test
    void delimiterCommandChangesTheDelimiter() {
        String script = """
                DELIMITER //
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN
                  SELECT 1;
                  SELECT 2;
                END//
                delimiter ;
                SELECT 3;
                DELIMITER $$
                SELECT 4$$""";
        assertThat(ScriptSplitter.split(script)).containsExactly(
                new ScriptStatement("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN\n  SELECT 1;\n  SELECT 2;\nEND", 2),
                new ScriptStatement("SELECT 3", 7),
                new ScriptStatement("SELECT 4", 9));
    }

    @Test
    void delimiterCommandEndsAPendingStatement() {
        assertThat(ScriptSplitter.split("SELECT 1\nDELIMITER //\nSELECT 2//")).extracting(ScriptStatement::text)
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void lineIsWhereTheFirstNonBlankCharacterIs() {
        assertThat(ScriptSplitter.split("\n\n  -- head\n  SELECT 1;\n\n\nSELECT\n2")).containsExactly(
                new ScriptStatement("-- head\n  SELECT 1", 3), new ScriptStatement("SELECT\n2", 7));
    }

    @Test
    void unterminatedQuoteRunsToTheEnd() {
        assertThat(ScriptSplitter.split("SELECT 'a; SELECT 2")).extracting(ScriptStatement::text)
                .containsExactly("SELECT 'a; SELECT 2");
    }
}
