package io.eventd.core.engine;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.render.EventsColumn;
import io.eventd.core.render.EventsTable;
import io.eventd.core.render.RenderZones;
import io.eventd.core.sql.ast.QualifiedName;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Evaluator;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.eval.Values;
import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code SELECT … FROM information_schema.EVENTS [WHERE …] [ORDER BY …] [LIMIT …]} over the events the user may
 * see (EVENT privilege on their schema). ORDER BY takes expressions, select-list aliases and positions.
 */
final class EventsSelect {
    private static final String INFORMATION_SCHEMA = "information_schema";

    /** A row of the table and its projection onto the select list. */
    private record Row(List<Object> cells, List<Value> projected) {
    }

    private EventsSelect() {
    }

    static StatementResult execute(Statement.Select select, StatementRun run) {
        requireEventsTable(select.from(), run);
        RenderZones zones = EventQueries.zones(run);
        List<Row> rows = new ArrayList<>();
        for (EventDefinition event : run.engine().catalog().list()) {
            if (!run.engine().accounts().hasEventPrivilege(run.session().user(), event.schema())) {
                continue;
            }
            List<Object> cells = EventsTable.row(event, zones);
            if (select.where() == null || evaluator(run, cells, "where clause").isTrue(select.where())) {
                rows.add(new Row(cells, project(select.items(), cells, run)));
            }
        }
        rows.sort(order(select, run));
        long offset = select.offset() == null ? 0 : select.offset();
        long limit = select.limit() == null ? Long.MAX_VALUE : select.limit();
        List<List<Object>> out = rows.stream().skip(offset).limit(limit)
                .map(row -> row.projected().stream().map(Cells::toCell).toList()).toList();
        return StatementResult.rows(run.notes(), columnNames(select.items()), out);
    }

    /** information_schema.EVENTS (names case-insensitive); 1109 for another I_S table; 7903 for anything else. */
    private static void requireEventsTable(QualifiedName from, StatementRun run) {
        String schema = run.schemaOf(from);
        boolean informationSchema = schema.equalsIgnoreCase(INFORMATION_SCHEMA);
        if (informationSchema && from.name().equalsIgnoreCase("EVENTS")) {
            return;
        }
        throw new SqlException(informationSchema
                ? MysqlErrors.unknownTable(from.name(), INFORMATION_SCHEMA)
                : EventdErrors.unsupportedQuery("FROM " + schema + "." + from.name()));
    }

    private static List<Value> project(List<Statement.SelectItem> items, List<Object> cells, StatementRun run) {
        List<Value> values = new ArrayList<>();
        for (Statement.SelectItem item : items) {
            if (item.star()) {
                for (EventsColumn column : EventsColumn.values()) {
                    values.add(Cells.toValue(cells.get(column.ordinal()), column.kind()));
                }
            } else {
                values.add(evaluator(run, cells, "field list").eval(item.expr()));
            }
        }
        return values;
    }

    /** Bare columns are named as the table spells them (EVENT_NAME), like MySQL 8.0's I_S views. */
    private static List<String> columnNames(List<Statement.SelectItem> items) {
        List<String> names = new ArrayList<>();
        for (Statement.SelectItem item : items) {
            if (item.star()) {
                names.addAll(EventsTable.columnNames());
            } else if (item.alias() != null) {
                names.add(item.alias());
            } else if (item.expr() instanceof Expr.Column column && EventsColumn.named(column.name()) != null) {
                names.add(EventsColumn.named(column.name()).name());
            } else {
                names.add(item.text());
            }
        }
        return names;
    }

    private static Comparator<Row> order(Statement.Select select, StatementRun run) {
        Comparator<Row> order = (a, b) -> 0;
        for (Statement.OrderItem item : select.orderBy()) {
            Comparator<Row> key = Comparator.comparing(row -> sortKey(item.expr(), row, select, run), Values.ORDER);
            order = order.thenComparing(item.descending() ? key.reversed() : key);
        }
        return order;
    }

    private static Value sortKey(Expr expr, Row row, Statement.Select select, StatementRun run) {
        if (expr instanceof Expr.NumberLiteral number && number.text().matches("\\d+")) {
            int position = Integer.parseInt(number.text());
            if (position < 1 || position > row.projected().size()) {
                throw new SqlException(MysqlErrors.unknownColumn(number.text(), "order clause"));
            }
            return row.projected().get(position - 1);
        }
        if (expr instanceof Expr.Column column && column.qualifier() == null) {
            List<Statement.SelectItem> items = select.items();
            for (int i = 0; i < items.size(); i++) {
                if (column.name().equalsIgnoreCase(items.get(i).alias())) {
                    return row.projected().get(i);
                }
            }
        }
        return evaluator(run, row.cells(), "order clause").eval(expr);
    }

    private static Evaluator evaluator(StatementRun run, List<Object> cells, String clause) {
        return new Evaluator(run.context().withColumns((qualifier, name) -> {
            EventsColumn column = EventsColumn.named(name);
            if (column == null || qualifier != null && !qualifier.equalsIgnoreCase("EVENTS")) {
                throw new SqlException(MysqlErrors.unknownColumn(qualifier == null ? name : qualifier + "." + name,
                        clause));
            }
            return Cells.toValue(cells.get(column.ordinal()), column.kind());
        }));
    }
}
