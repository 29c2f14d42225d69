package io.eventd.core.render;

import io.eventd.core.event.EventDefinition;
import io.eventd.core.schedule.IntervalFormat;
import io.eventd.core.schedule.Schedule;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** SHOW CREATE EVENT: its 7 columns and MySQL's canonical CREATE statement (shared/mysql-events.md 4.2). */
public final class ShowCreateEvent {
    public static final List<String> COLUMNS = List.of("Event", "sql_mode", "time_zone", "Create Event",
            "character_set_client", "collation_connection", "Database Collation");

    private ShowCreateEvent() {
    }

    public static List<Object> row(EventDefinition event, ZoneId eventZone) {
        return Arrays.asList(event.name(), event.sqlMode(), event.timeZone(), statement(event, eventZone),
                event.characterSetClient(), event.collationConnection(), event.databaseCollation());
    }

    /** The canonical statement: no schema, no IF NOT EXISTS, STARTS always for EVERY, times in the event's zone. */
    public static String statement(EventDefinition event, ZoneId eventZone) {
        StringBuilder sql = new StringBuilder("CREATE DEFINER=")
                .append(SqlQuoting.identifier(event.definer().user())).append('@')
                .append(SqlQuoting.identifier(event.definer().host()))
                .append(" EVENT ").append(SqlQuoting.identifier(event.name()))
                .append(" ON SCHEDULE ");
        if (event.schedule() instanceof Schedule.Recurring every) {
            sql.append("EVERY ").append(IntervalFormat.render(every.interval())).append(' ')
                    .append(every.interval().unit().name())
                    .append(" STARTS ").append(timeLiteral(every.starts(), eventZone));
            if (every.ends() != null) {
                sql.append(" ENDS ").append(timeLiteral(every.ends(), eventZone));
            }
        } else {
            sql.append("AT ").append(timeLiteral(((Schedule.OneTime) event.schedule()).executeAt(), eventZone));
        }
        sql.append(" ON COMPLETION ").append(event.onCompletion().text())
                .append(' ').append(event.status().keyword());
        if (!event.comment().isEmpty()) {
            sql.append(" COMMENT ").append(SqlQuoting.string(event.comment()));
        }
        return sql.append(" DO ").append(event.body()).toString();
    }

    private static String timeLiteral(long instant, ZoneId zone) {
        return "'" + DateTimeText.format(instant, zone) + "'";
    }
}
