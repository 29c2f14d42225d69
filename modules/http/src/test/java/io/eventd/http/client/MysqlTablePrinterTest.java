package io.eventd.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.Level;
import io.eventd.core.error.SqlError;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlTablePrinterTest {
    private static final Duration FAST = Duration.ofMillis(3);
    private static final Diagnostic NOTE = new Diagnostic(Level.Note, 1588, "Event execution time is in the past "
            + "and ON COMPLETION NOT PRESERVE is set. The event was dropped immediately after creation.");

    @Test
    void rowsAreBoxedWithNumbersRightAlignedAndNull() {
        ClientResult result = rows(List.of("Db", "Name", "Originator", "Ends"),
                List.of(Arrays.asList("test", "e1", 1L, null), Arrays.asList("test", "nightly_cleanup", 12L, null)));

        assertThat(MysqlTablePrinter.format(result, FAST)).isEqualTo(""
                + "+------+-----------------+------------+------+\n"
                + "| Db   | Name            | Originator | Ends |\n"
                + "+------+-----------------+------------+------+\n"
                + "| test | e1              |          1 | NULL |\n"
                + "| test | nightly_cleanup |         12 | NULL |\n"
                + "+------+-----------------+------------+------+\n"
                + "2 rows in set (0.00 sec)\n\n");
    }

    @Test
    void oneRowIsSingular() {
        assertThat(MysqlTablePrinter.format(rows(List.of("1"), List.of(List.of(1L))), Duration.ofMillis(1234)))
                .isEqualTo("+---+\n| 1 |\n+---+\n| 1 |\n+---+\n1 row in set (1.23 sec)\n\n");
    }

    @Test
    void noRowsIsAnEmptySet() {
        assertThat(MysqlTablePrinter.format(rows(List.of("Db"), List.of()), FAST)).isEqualTo("Empty set (0.00 sec)\n\n");
    }

    @Test
    void statementsWithoutRowsAreQueryOk() {
        ClientResult ok = new ClientResult(1, true, List.of(), "test.e", List.of(), null, null, null);

        assertThat(MysqlTablePrinter.format(ok, FAST)).isEqualTo("Query OK, 0 rows affected (0.00 sec)\n\n");
    }

    @Test
    void warningsAreCounted() {
        ClientResult one = new ClientResult(1, true, List.of(NOTE), null, null, null, null, null);
        ClientResult two = new ClientResult(1, true, List.of(NOTE, NOTE), null, null, null, null, null);

        assertThat(MysqlTablePrinter.format(one, FAST)).isEqualTo("Query OK, 0 rows affected, 1 warning (0.00 sec)\n\n");
        assertThat(MysqlTablePrinter.format(two, FAST)).isEqualTo("Query OK, 0 rows affected, 2 warnings (0.00 sec)\n\n");
    }

    @Test
    void errorsAreTheMysqlErrorLine() {
        ClientResult failed = new ClientResult(3, false, List.of(), null, null, null, null,
                new SqlError(1537, "HY000", "Event 'e' already exists"));

        assertThat(MysqlTablePrinter.format(failed, FAST)).isEqualTo("ERROR 1537 (HY000): Event 'e' already exists\n");
    }

    @Test
    void widthsCountCharactersNotBytes() {
        assertThat(MysqlTablePrinter.format(rows(List.of("n"), List.of(List.of("café"))), FAST))
                .startsWith("+------+\n| n    |\n+------+\n| café |\n");
    }

    @Test
    void longStatementsShowMinutesAndHoursAsMysqlDoes() {
        assertThat(MysqlTablePrinter.niceTime(Duration.ofMillis(65_250))).isEqualTo("1 min 5.25 sec");
        assertThat(MysqlTablePrinter.niceTime(Duration.ofSeconds(2 * 3600 + 1))).isEqualTo("2 hours 1.00 sec");
        assertThat(MysqlTablePrinter.niceTime(Duration.ofSeconds(86_400 + 3600 + 60))).isEqualTo("1 day 1 hour 1 min 0.00 sec");
    }

    private static ClientResult rows(List<String> columns, List<List<Object>> rows) {
        return new ClientResult(1, true, List.of(), null, null, columns, rows, null);
    }
}
