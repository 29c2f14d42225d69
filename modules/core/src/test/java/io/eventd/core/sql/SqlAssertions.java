package io.eventd.core.sql;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.Statement;

/** Shared assertions of the parser tests. */
final class SqlAssertions {
    private static final String PARSE_ERROR = "You have an error in your SQL syntax; check the manual that "
            + "corresponds to your MySQL server version for the right syntax to use near '";

    private SqlAssertions() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Statement> T parse(String sql) {
        return (T) Parser.parse(sql);
    }

    /** Asserts MySQL's exact 1064 text: {@code near '<near>' at line <line>}. */
    static void assertSyntaxError(String sql, String near, int line) {
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOf(SqlException.class)
                .hasMessage("ERROR 1064 (42000): " + PARSE_ERROR + near + "' at line " + line);
    }

    static void assertError(String sql, int code, String message) {
        assertThatThrownBy(() -> Parser.parse(sql)).isInstanceOf(SqlException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((SqlException) e).error().message())
                        .isEqualTo(message))
                .extracting(e -> ((SqlException) e).code()).isEqualTo(code);
    }
}
