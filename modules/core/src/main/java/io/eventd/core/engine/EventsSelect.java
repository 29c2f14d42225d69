package io.eventd.core.engine;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.history.ExecutionHistory;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.render.EventsColumn;
import io.eventd.core.render.EventsTable;
import io.eventd.core.render.HistoryColumn;
import io.eventd.core.render.RenderZones;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The tables a SELECT may read, each showing only rows of schemas where the user holds EVENT:
 * {@code information_schema.EVENTS}, and {@code eventd.history}: the {@link ExecutionHistory#SCAN_LIMIT} most
 * recent runs, newest first, at most {@link #HISTORY_DEFAULT_LIMIT} rows unless LIMIT says otherwise.
 */
final class EventsSelect {
    /** Rows a history query returns without LIMIT. */
    static final long HISTORY_DEFAULT_LIMIT = 1000;
    private static final String INFORMATION_SCHEMA = "information_schema";
    private static final String EVENTD = "eventd";

    private EventsSelect() {
    }

    static StatementResult execute(Statement.Select select, StatementRun run) {
        QualifiedName from = select.from();
        String schema = run.schemaOf(from);
        if (schema.equalsIgnoreCase(INFORMATION_SCHEMA) && from.name().equalsIgnoreCase("EVENTS")) {
            return TableSelect.execute(select, eventsTable(run), null, run);
        }
        if (schema.equalsIgnoreCase(EVENTD) && from.name().equalsIgnoreCase("history")) {
            return TableSelect.execute(select, historyTable(run), HISTORY_DEFAULT_LIMIT, run);
        }
        throw new SqlException(schema.equalsIgnoreCase(INFORMATION_SCHEMA)
                ? MysqlErrors.unknownTable(from.name(), INFORMATION_SCHEMA)
                : EventdErrors.unsupportedQuery("FROM " + schema + "." + from.name()));
    }

    private static QueryTable eventsTable(StatementRun run) {
        RenderZones zones = EventQueries.zones(run);
        Predicate<String> visible = visibleSchemas(run);
        List<List<Object>> rows = new ArrayList<>();
        for (EventDefinition event : run.engine().catalog().list()) {
            if (visible.test(event.schema())) {
                rows.add(EventsTable.row(event, zones));
            }
        }
        return new QueryTable(INFORMATION_SCHEMA, "EVENTS", EventsTable.columnNames(),
                Stream.of(EventsColumn.values()).map(EventsColumn::kind).toList(), rows);
    }

    /**
     * Whether the user holds EVENT on a schema, asked once per schema and statement: the accounts live in the
     * cluster, and asking for each of 200 000 rows made a count over the table take seconds.
     */
    private static Predicate<String> visibleSchemas(StatementRun run) {
        Account user = run.session().user();
        Map<String, Boolean> answers = new HashMap<>();
        return schema -> answers.computeIfAbsent(schema,
                s -> run.engine().accounts().hasEventPrivilege(user, s));
    }

    private static QueryTable historyTable(StatementRun run) {
        Predicate<String> visible = visibleSchemas(run);
        List<List<Object>> rows = new ArrayList<>();
        for (ExecutionRecord record : run.engine().history().recent(ExecutionHistory.SCAN_LIMIT)) {
            if (visible.test(record.schema())) {
                rows.add(HistoryColumn.row(record));
            }
        }
        return new QueryTable(EVENTD, "history", HistoryColumn.labels(),
                Stream.of(HistoryColumn.values()).map(HistoryColumn::kind).toList(), rows);
    }
}
