package io.eventd.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.event.OnCompletion;
import io.eventd.core.schedule.Interval;
import io.eventd.core.schedule.IntervalUnit;
import io.eventd.core.schedule.Schedule;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShowCreateEventTest {
    static final long T0 = LocalDateTime.of(2026, 1, 31, 10, 0).toEpochSecond(ZoneOffset.UTC);

    static EventDefinition event(String name, Schedule schedule, EventStatus status, String comment) {
        return new EventDefinition("test", name, new Account("root", "localhost"), "+02:00", "select 1", "ANSI",
                schedule, OnCompletion.NOT_PRESERVE, status, comment, T0, T0 + 60, null, 3, "utf8mb4",
                "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");
    }

    @Test
    void everyWithStartsAndEndsInTheEventZone() {
        EventDefinition e = event("root8", new Schedule.Recurring(new Interval(IntervalUnit.YEAR_MONTH, 29), T0, T0 + 3600),
                EventStatus.ENABLED, "");
        assertThat(ShowCreateEvent.statement(e, ZoneOffset.ofHours(2))).isEqualTo("CREATE DEFINER=`root`@`localhost` "
                + "EVENT `root8` ON SCHEDULE EVERY '2-5' YEAR_MONTH STARTS '2026-01-31 12:00:00' ENDS "
                + "'2026-01-31 13:00:00' ON COMPLETION NOT PRESERVE ENABLE DO select 1");
    }

    @Test
    void atWithDisableOnSlaveCommentEscapesAndQuotedIdentifiers() {
        EventDefinition e = event("we`ird", new Schedule.OneTime(T0), EventStatus.SLAVESIDE_DISABLED, "it's a\\b\nc");
        assertThat(ShowCreateEvent.statement(e, ZoneId.of("UTC"))).isEqualTo("CREATE DEFINER=`root`@`localhost` EVENT "
                + "`we``ird` ON SCHEDULE AT '2026-01-31 10:00:00' ON COMPLETION NOT PRESERVE DISABLE ON SLAVE "
                + "COMMENT 'it''s a\\\\b\\nc' DO select 1");
    }

    @Test
    void rowHasTheSevenColumns() {
        EventDefinition e = event("e", new Schedule.OneTime(T0), EventStatus.DISABLED, "");
        assertThat(ShowCreateEvent.row(e, ZoneOffset.UTC)).containsExactly("e", "ANSI", "+02:00",
                ShowCreateEvent.statement(e, ZoneOffset.UTC), "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");
    }
}
