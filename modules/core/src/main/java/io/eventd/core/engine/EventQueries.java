package io.eventd.core.engine;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.render.EventsTable;
import io.eventd.core.render.RenderZones;
import io.eventd.core.render.ShowCreateEvent;
import io.eventd.core.render.ShowEventsColumn;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Evaluator;
import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.List;

/** SHOW EVENTS and SHOW CREATE EVENT (shared/mysql-events.md 4.1, 4.2). */
final class EventQueries {
    private EventQueries() {
    }

    /** The named or current schema (1046, 1102), EVENT privilege (1044), schema exists (1049); LIKE on Name or WHERE. */
    static StatementResult showEvents(Statement.ShowEvents show, StatementRun run) {
        String schema = show.schema() != null ? show.schema() : run.currentDatabase();
        if (schema.isEmpty()) {
            throw new SqlException(MysqlErrors.wrongDatabaseName(schema));
        }
        run.requireEventPrivilege(schema);
        if (!run.engine().schemas().exists(schema)) {
            throw new SqlException(MysqlErrors.unknownDatabase(schema));
        }
        Expr filter = show.like() != null
                ? new Expr.Like(new Expr.Column(null, "Name"), new Expr.StringLiteral(show.like()), false, null)
                : show.where();
        RenderZones zones = zones(run);
        List<List<Object>> rows = new ArrayList<>();
        for (EventDefinition event : run.engine().catalog().list(schema)) {
            List<Object> row = EventsTable.showEventsRow(event, zones);
            if (filter == null || new Evaluator(run.context().withColumns(showEventsColumns(row))).isTrue(filter)) {
                rows.add(row);
            }
        }
        return StatementResult.rows(run.notes(), EventsTable.showEventsColumnNames(), rows);
    }

    /** EVENT privilege (1044), then 1539 with the name as typed. */
    static StatementResult showCreateEvent(Statement.ShowCreateEvent show, StatementRun run) {
        String schema = run.schemaOf(show.name());
        run.requireEventPrivilege(schema);
        EventDefinition event = run.engine().catalog().find(EventKey.of(schema, show.name().name()))
                .orElseThrow(() -> new SqlException(MysqlErrors.unknownEvent(show.name().name())));
        List<Object> row = ShowCreateEvent.row(event, zones(run).of(event));
        return StatementResult.rows(run.notes(), ShowCreateEvent.COLUMNS, List.of(row));
    }

    static RenderZones zones(StatementRun run) {
        return new RenderZones(run.session().systemZone(), run.session().zone());
    }

    private static StatementContext.Columns showEventsColumns(List<Object> row) {
        return (qualifier, name) -> {
            ShowEventsColumn column = ShowEventsColumn.labelled(name);
            if (column == null || qualifier != null) {
                throw new SqlException(MysqlErrors.unknownColumn(name, "where clause"));
            }
            return Cells.toValue(row.get(column.ordinal()), column.source().kind());
        };
    }
}
