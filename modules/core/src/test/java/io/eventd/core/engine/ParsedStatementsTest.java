package io.eventd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine behind the parser: statements as users type them. */
class ParsedStatementsTest {
    private final EngineFixture f = new EngineFixture();

    @Test
    void createShowAndFireThroughSqlText() {
        StatementResult created = f.sql("CREATE EVENT e ON SCHEDULE EVERY '1:30' HOUR_MINUTE "
                + "STARTS '2026-01-01 00:00:00' ON COMPLETION PRESERVE COMMENT 'x' DO INSERT INTO t VALUES (NOW())");
        assertThat(created.ok()).isTrue();
        assertThat(created.fires())
                .containsExactly("2026-01-01 00:00:00", "2026-01-01 01:30:00", "2026-01-01 03:00:00");
        assertThat(f.sql("SHOW CREATE EVENT E").rows().get(0).get(3))
                .isEqualTo("CREATE DEFINER=`root`@`localhost` EVENT `e` ON SCHEDULE EVERY '1:30' HOUR_MINUTE "
                        + "STARTS '2026-01-01 00:00:00' ON COMPLETION PRESERVE ENABLE "
                        + "COMMENT 'x' DO INSERT INTO t VALUES (NOW())");
        assertThat(f.sql("SET TIMESTAMP = UNIX_TIMESTAMP('2026-01-01 04:00:00')").ok()).isTrue();
        assertThat(f.sql("SELECT EVENT_NAME, LAST_EXECUTED FROM information_schema.EVENTS "
                + "WHERE EVENT_SCHEMA = 'test'").rows())
                .containsExactly(List.of("e", "2026-01-01 03:00:00"));
    }

    @Test
    void schedulerVariableThroughSqlText() {
        assertThat(f.sql("SET GLOBAL event_scheduler = OFF").ok()).isTrue();
        assertThat(f.sql("SHOW VARIABLES LIKE 'event_scheduler'").rows())
                .containsExactly(List.of("event_scheduler", "OFF"));
        assertThat(f.sql("SET GLOBAL event_scheduler = DISABLED").error().code()).isEqualTo(1231);
        assertThat(f.sql("SELECT @@session.event_scheduler").error().code()).isEqualTo(1238);
        assertThat(f.sql("SET event_scheduler = ON").error().code()).isEqualTo(1229);
        assertThat(f.sql("SHOW WARNINGS").rows()).containsExactly(Arrays.asList("Error", 1229L,
                "Variable 'event_scheduler' is a GLOBAL variable and should be set with SET GLOBAL"));
    }
}
