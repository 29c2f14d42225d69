package io.eventd.core.render;

import static io.eventd.core.render.ShowCreateEventTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventsTableTest {
    private final RenderZones zones = new RenderZones(ZoneOffset.UTC, ZoneOffset.ofHours(-5));

    @Test
    void recurringEventHasAll24ColumnsInMysqlOrder() {
        EventDefinition e = ShowCreateEventTest.event("e",
                new Schedule.Recurring(new Interval(IntervalUnit.DAY_MINUTE, 2156), T0, null), EventStatus.ENABLED, "c")
                .withLastExecuted(T0 + 3600);
        assertThat(EventsTable.columnNames()).containsExactly("EVENT_CATALOG", "EVENT_SCHEMA", "EVENT_NAME", "DEFINER",
                "TIME_ZONE", "EVENT_BODY", "EVENT_DEFINITION", "EVENT_TYPE", "EXECUTE_AT", "INTERVAL_VALUE",
                "INTERVAL_FIELD", "SQL_MODE", "STARTS", "ENDS", "STATUS", "ON_COMPLETION", "CREATED", "LAST_ALTERED",
                "LAST_EXECUTED", "EVENT_COMMENT", "ORIGINATOR", "CHARACTER_SET_CLIENT", "COLLATION_CONNECTION",
                "DATABASE_COLLATION");
        assertThat(EventsTable.row(e, zones)).containsExactlyElementsOf(Arrays.asList("def", "test", "e",
                "root@localhost", "+02:00", "SQL", "select 1", "RECURRING", null, "'1 11:56'", "DAY_MINUTE", "ANSI",
                "2026-01-31 12:00:00", null, "ENABLED", "NOT PRESERVE", "2026-01-31 05:00:00", "2026-01-31 05:01:00",
                "2026-01-31 13:00:00", "c", 3L, "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci"));
    }

    @Test
    void oneTimeEventShowsExecuteAtAndNullIntervalColumns() {
        EventDefinition e = ShowCreateEventTest.event("e", new Schedule.OneTime(T0), EventStatus.DISABLED, "");
        assertThat(EventsTable.showEventsRow(e, zones)).containsExactlyElementsOf(Arrays.asList("test", "e",
                "root@localhost", "+02:00", "ONE TIME", "2026-01-31 12:00:00", null, null, null, null, "DISABLED", 3L,
                "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci"));
    }

    @Test
    void weekIntervalKeepsItsUnitName() {
        EventDefinition e = ShowCreateEventTest.event("e",
                new Schedule.Recurring(new Interval(IntervalUnit.WEEK, 14), T0, T0 + 86_400), EventStatus.ENABLED, "");
        assertThat(EventsColumn.INTERVAL_VALUE.cell(e, zones)).isEqualTo("2");
        assertThat(EventsColumn.INTERVAL_FIELD.cell(e, zones)).isEqualTo("WEEK");
        assertThat(EventsColumn.ENDS.cell(e, zones)).isEqualTo("2026-02-01 12:00:00");
    }
}
