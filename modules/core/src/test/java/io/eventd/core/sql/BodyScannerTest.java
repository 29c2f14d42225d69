package io.eventd.core.sql;

import static io.eventd.core.sql.SqlAssertions.assertError;
import static io.eventd.core.sql.SqlAssertions.assertSyntaxError;
import static io.eventd.core.sql.SqlAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.sql.ast.Statement.AlterEvent;
import io.eventd.core.sql.ast.Statement.CreateEvent;
import org.junit.jupiter.api.Test;

class BodyScannerTest {
    private static final String HEAD = "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO ";
    private static final String RECURSION = "Recursion of EVENT DDL statements is forbidden when body is present";

    private static String body(String body) {
        return ((CreateEvent) parse(HEAD + body)).body();
    }

    @Test
    void singleStatementIsKeptVerbatimWithoutTrailingSpaceOrComment() {
        assertThat(body("  INSERT INTO t VALUES (1, 'a;b')  -- done\n")).isEqualTo("INSERT INTO t VALUES (1, 'a;b')");
        assertThat(body("SELECT 1 /* c */;")).isEqualTo("SELECT 1");
        assertThat(body("select /* kept */ 1")).isEqualTo("select /* kept */ 1");
    }

    @Test
    void compoundBodyWithNestedBlocks() {
        String compound = """
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000', NOT FOUND SET done = 1;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; END;
                  IF done THEN SELECT IF(1, 2, 3); ELSEIF done > 1 THEN SELECT 2; ELSE SELECT 3; END IF;
                  CASE done WHEN 1 THEN SELECT 'END'; ELSE SET @x = CASE WHEN 1 THEN 2 ELSE 3 END; END CASE;
                  outer_loop: LOOP LEAVE outer_loop; END LOOP outer_loop;
                  WHILE done < 3 DO SET done = done + 1; END WHILE;
                  REPEAT SET done = REPEAT('a', 2); UNTIL done END REPEAT;
                  `blk`: BEGIN SELECT 1; END `blk`;
                  -- END; in a comment
                END""";
        assertThat(body(compound + "  # trailing")).isEqualTo(compound);
    }

    @Test
    void labelledCompoundAtTopLevel() {
        assertThat(body("lbl: BEGIN SELECT 1; END lbl")).isEqualTo("lbl: BEGIN SELECT 1; END lbl");
        assertThat(body("IF 1 THEN SELECT 1; END IF")).isEqualTo("IF 1 THEN SELECT 1; END IF");
        assertThat(body("REPEAT SELECT 1; UNTIL 1 END REPEAT;")).isEqualTo("REPEAT SELECT 1; UNTIL 1 END REPEAT");
    }

    @Test
    void mariadbBeginNotAtomic() {
        assertThat(body("BEGIN NOT ATOMIC SELECT 1; END")).isEqualTo("BEGIN NOT ATOMIC SELECT 1; END");
    }

    @Test
    void caseExpressionInsideASingleStatement() {
        assertThat(body("SELECT CASE WHEN 1 THEN 'a' END, 2")).isEqualTo("SELECT CASE WHEN 1 THEN 'a' END, 2");
    }

    @Test
    void unterminatedCompoundIs1064AtTheEnd() {
        assertSyntaxError(HEAD + "BEGIN INSERT INTO t VALUES(1)", "", 1);
        assertSyntaxError(HEAD + "BEGIN\n  INSERT INTO t VALUES(1);\n  SELECT 1", "", 3);
        assertSyntaxError(HEAD + "IF 1 THEN SELECT 1; END", "", 1);
    }

    @Test
    void mismatchedEndIs1064() {
        assertSyntaxError(HEAD + "IF 1 THEN SELECT 1; END LOOP", "LOOP", 1);
        assertSyntaxError(HEAD + "BEGIN IF 1 THEN SELECT 1; END IF SELECT 2; END", "SELECT 2; END", 1);
    }

    @Test
    void loneEndIs1064() {
        assertSyntaxError("END", "END", 1);
        assertSyntaxError(HEAD + "END", "END", 1);
    }

    @Test
    void textAfterACompleteBodyIs1064() {
        assertSyntaxError(HEAD + "BEGIN SELECT 1; END SELECT 2", "SELECT 2", 1);
        assertSyntaxError(HEAD + "SELECT 1; SELECT 2", "SELECT 2", 1);
        assertSyntaxError(HEAD + "BEGIN SELECT 1; END;\nSELECT 2", "SELECT 2", 2);
    }

    @Test
    void bodyMustStartWithAStatement() {
        assertSyntaxError(HEAD + "; SELECT 1", "; SELECT 1", 1);
        assertSyntaxError(HEAD + "1", "1", 1);
    }

    @Test
    void nestedCreateEventIs1576() {
        assertError(HEAD + "CREATE EVENT f ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1576, RECURSION);
        assertError(HEAD + "BEGIN SELECT 1; CREATE DEFINER=`u`@`h` EVENT f ON SCHEDULE EVERY 1 DAY DO SELECT 1; END",
                1576, RECURSION);
        assertError("ALTER EVENT e DO CREATE EVENT f ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1576, RECURSION);
    }

    @Test
    void nestedAlterEventWithDoIs1576() {
        assertError(HEAD + "ALTER EVENT f DO SELECT 1", 1576, RECURSION);
        assertError("ALTER EVENT e DO BEGIN ALTER EVENT f COMMENT 'x' DO SELECT 1; END", 1576, RECURSION);
    }

    @Test
    void nestedDropOrAlterWithoutDoIsAllowed() {
        assertThat(body("DROP EVENT f")).isEqualTo("DROP EVENT f");
        assertThat(body("ALTER EVENT f DISABLE")).isEqualTo("ALTER EVENT f DISABLE");
        assertThat(((AlterEvent) parse("ALTER EVENT e DO BEGIN ALTER EVENT f COMMENT 'DO'; WHILE 0 DO SELECT 1; "
                + "END WHILE; END")).body()).startsWith("BEGIN ALTER EVENT f");
    }

    @Test
    void createEventInsideAStoredProgramIs1576() {
        assertError("CREATE PROCEDURE p() BEGIN CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1; END", 1576,
                RECURSION);
        assertError("CREATE DEFINER=root PROCEDURE p() CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO SELECT 1", 1576,
                RECURSION);
        assertError("CREATE PROCEDURE p() BEGIN DROP EVENT e; END", 7902,
                "eventd: statement not supported by eventd: CREATE PROCEDURE");
    }
}
