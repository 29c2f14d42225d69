package io.eventd.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventd.core.engine.StatementResult;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.render.ShowCreateEvent;
import io.eventd.core.render.SqlQuoting;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SHOW CREATE EVENT's {@code Create Event} text is a faithful dump: dropping the event and executing that text
 * (in the event's schema, under the same session time_zone) stores the same event and prints the same text again.
 */
class RoundTripTest {
    private static final int CREATE_EVENT_COLUMN = ShowCreateEvent.COLUMNS.indexOf("Create Event");

    @Property(tries = 600, seed = "20260101")
    void showCreateEventTextRecreatesTheSameEvent(@ForAll("creates") CreateEventStatements.Generated create) {
        TextEngine engine = new TextEngine();
        engine.ok("SET time_zone = '" + create.timeZone() + "'");
        engine.ok(create.sql());
        assertThat(engine.events()).hasSize(1);
        EventDefinition original = engine.events().get(0);
        String name = SqlQuoting.identifier(original.name());
        engine.ok("USE " + SqlQuoting.identifier(original.schema()));
        String text = showCreate(engine, name);

        engine.ok("DROP EVENT " + name);
        assertThat(engine.events()).isEmpty();
        engine.ok(text);

        assertThat(engine.events()).hasSize(1);
        assertThat(withoutTimes(engine.events().get(0))).isEqualTo(withoutTimes(original));
        assertThat(showCreate(engine, name)).isEqualTo(text);
    }

    @Provide
    Arbitrary<CreateEventStatements.Generated> creates() {
        return CreateEventStatements.creates();
    }

    private static String showCreate(TextEngine engine, String quotedName) {
        StatementResult shown = engine.ok("SHOW CREATE EVENT " + quotedName);
        List<List<Object>> rows = shown.rows();
        assertThat(rows).hasSize(1);
        return (String) rows.get(0).get(CREATE_EVENT_COLUMN);
    }

    /** The event with created / last_altered cleared: the only fields a re-creation may change. */
    private static EventDefinition withoutTimes(EventDefinition e) {
        return new EventDefinition(e.schema(), e.name(), e.definer(), e.timeZone(), e.body(), e.sqlMode(),
                e.schedule(), e.onCompletion(), e.status(), e.comment(), 0, 0, e.lastExecuted(), e.originator(),
                e.characterSetClient(), e.collationConnection(), e.databaseCollation());
    }
}
