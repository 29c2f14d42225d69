package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventd.core.error.SqlError;
import io.eventd.core.sql.Parser;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Aggregates without GROUP BY over information_schema.EVENTS, as MySQL 8.0 answers them. */
class AggregateSelectTest {
    private final EngineFixture f = new EngineFixture();

    @BeforeEach
    void events() {
        assertThat(f.sql("CREATE EVENT a ON SCHEDULE EVERY 5 MINUTE STARTS '2026-01-01 00:00:00' DO SELECT 1").ok())
                .isTrue();
        assertThat(f.sql("CREATE EVENT b ON SCHEDULE EVERY 2 HOUR STARTS '2026-01-01 00:00:00' DISABLE DO SELECT 1")
                .ok()).isTrue();
        assertThat(f.sql("CREATE EVENT c ON SCHEDULE AT '2026-03-01 00:00:00' ON COMPLETION PRESERVE DO SELECT 1").ok())
                .isTrue();
    }

    @Test
    void countsMinimaMaximaSumsAndAveragesOverTheRowsTheWhereKeeps() {
        StatementResult all = f.sql("SELECT COUNT(*), COUNT(INTERVAL_VALUE) AS recurring, MIN(EVENT_NAME), "
                + "MAX(EVENT_NAME), SUM(INTERVAL_VALUE), AVG(INTERVAL_VALUE) FROM information_schema.EVENTS");
        assertThat(all.columns()).containsExactly("COUNT(*)", "recurring", "MIN(EVENT_NAME)", "MAX(EVENT_NAME)",
                "SUM(INTERVAL_VALUE)", "AVG(INTERVAL_VALUE)");
        // INTERVAL_VALUE is a string column: MySQL adds strings as doubles.
        assertThat(all.rows()).containsExactly(List.of(3L, 2L, "a", "c", 7L, "3.5"));
        assertThat(f.sql("SELECT SUM(ORIGINATOR), AVG(ORIGINATOR) FROM information_schema.EVENTS").rows())
                .containsExactly(List.of(3L, "1.0000"));
        assertThat(f.sql("SELECT COUNT(*) FROM information_schema.EVENTS WHERE STATUS = 'ENABLED'").rows())
                .containsExactly(List.of(2L));
    }

    @Test
    void overNoRowCountIsZeroAndTheOthersNull() {
        assertThat(f.sql("SELECT COUNT(*), MAX(EVENT_NAME), SUM(INTERVAL_VALUE), 'x' FROM information_schema.EVENTS "
                + "WHERE EVENT_NAME = 'nope'").rows()).containsExactly(Arrays.asList(0L, null, null, "x"));
    }

    @Test
    void withoutFromTheyFoldTheOneRowOfDual() {
        assertThat(f.sql("SELECT COUNT(*), MAX(2)").rows()).containsExactly(List.of(1L, 2L));
        assertThat(f.sql("SELECT COUNT(*) WHERE 1 = 0").rows()).containsExactly(List.of(0L));
    }

    @Test
    void misusesGetMysqlsErrors() {
        assertThat(f.sql("SELECT EVENT_NAME, COUNT(*) FROM information_schema.EVENTS").error()).isEqualTo(new SqlError(
                1140, "42000", "In aggregated query without GROUP BY, expression #1 of SELECT list contains "
                + "nonaggregated column 'information_schema.EVENTS.EVENT_NAME'; this is incompatible with "
                + "sql_mode=only_full_group_by"));
        assertThat(f.sql("SELECT COUNT(*), * FROM information_schema.EVENTS").error().code()).isEqualTo(1140);
        SqlError invalid = new SqlError(1111, "HY000", "Invalid use of group function");
        assertThat(f.sql("SELECT MAX(COUNT(*)) FROM information_schema.EVENTS").error()).isEqualTo(invalid);
        assertThat(f.sql("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE COUNT(*) > 1").error())
                .isEqualTo(invalid);
        assertThat(f.sql("SET @n = COUNT(*)").error()).isEqualTo(invalid);
        assertThatThrownBy(() -> Parser.parse("SELECT MAX(EVENT_NAME, 1) FROM information_schema.EVENTS"))
                .hasMessageContaining("ERROR 1064 (42000)").hasMessageContaining("near ', 1) FROM");
        assertThatThrownBy(() -> Parser.parse("SELECT SUM() FROM information_schema.EVENTS"))
                .hasMessageContaining("ERROR 1064 (42000)").hasMessageContaining("near ') FROM");
        assertThat(f.sql("SELECT COUNT(*) + 1 FROM information_schema.EVENTS").error().code()).isEqualTo(7903);
    }
}
