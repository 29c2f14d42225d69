package io.eventd.core.engine;

import io.eventd.core.catalog.CatalogDecision;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventStatus;
import io.eventd.core.render.DateTimeText;
import io.eventd.core.schedule.Firings;
import io.eventd.core.time.MysqlZones;
import java.time.ZoneOffset;
import java.util.List;

/** Turns a catalog decision into the statement's notes or error, and a CREATE / ALTER EVENT into its result. */
final class EventDdlOutcome {
    private EventDdlOutcome() {
    }

    /** Throws the decision's error; otherwise records its notes and returns the key's new value. */
    static EventDefinition accept(StatementRun run, CatalogDecision decision) {
        if (!decision.ok()) {
            throw new SqlException(decision.error());
        }
        run.notes(decision.notes());
        return decision.stored();
    }

    /** {@code event} = schema.name; {@code fires} = the coming firings of what is stored, none unless ENABLED. */
    static StatementResult result(StatementRun run, String event, EventDefinition stored) {
        List<String> fires = List.of();
        if (stored != null && stored.status() == EventStatus.ENABLED) {
            fires = Firings.upcoming(stored.schedule(), MysqlZones.resolve(stored.timeZone(), run.session().systemZone()),
                            run.now(), stored.lastExecuted(), run.session().fires())
                    .stream().map(at -> DateTimeText.format(at, ZoneOffset.UTC)).toList();
        }
        return StatementResult.event(run.notes(), event, fires);
    }
}
