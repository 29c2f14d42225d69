package io.eventd.core.engine;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Aggregate;
import io.eventd.core.sql.eval.Evaluator;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.eval.Values;
import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code SELECT items FROM table [WHERE …] [ORDER BY …] [LIMIT …]} over one {@link QueryTable}. ORDER BY takes
 * expressions, select-list aliases and positions; without ORDER BY rows keep the table's order. A select list of
 * aggregates (COUNT, MIN, MAX, SUM, AVG) gives one row, as without GROUP BY in MySQL.
 */
final class TableSelect {
    /** A row of the table and its projection onto the select list. */
    private record Row(List<Object> cells, List<Value> projected) {
    }

    private TableSelect() {
    }

    /** {@code defaultLimit} applies when the statement has no LIMIT (null: no limit). */
    static StatementResult execute(Statement.Select select, QueryTable table, Long defaultLimit, StatementRun run) {
        if (select.where() != null && Aggregate.contains(select.where())) {
            throw new SqlException(MysqlErrors.invalidGroupFunction());
        }
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> cells : table.rows()) {
            if (select.where() == null || evaluator(run, table, cells, "where clause").isTrue(select.where())) {
                kept.add(cells);
            }
        }
        List<Row> rows = new ArrayList<>();
        if (aggregated(select)) {
            rows.add(new Row(List.of(), aggregate(select.items(), table, kept, run)));
        } else {
            kept.forEach(cells -> rows.add(new Row(cells, project(select.items(), table, cells, run))));
        }
        rows.sort(order(select, table, run));
        long offset = select.offset() == null ? 0 : select.offset();
        Long limit = select.limit() != null ? select.limit() : defaultLimit;
        List<List<Object>> out = rows.stream().skip(offset).limit(limit == null ? Long.MAX_VALUE : limit)
                .map(row -> row.projected().stream().map(Cells::toCell).toList()).toList();
        return StatementResult.rows(run.notes(), columnNames(select.items(), table), out);
    }

    private static List<Value> project(List<Statement.SelectItem> items, QueryTable table, List<Object> cells,
                                       StatementRun run) {
        List<Value> values = new ArrayList<>();
        for (Statement.SelectItem item : items) {
            if (item.star()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    values.add(Cells.toValue(cells.get(i), table.kinds().get(i)));
                }
            } else {
                values.add(evaluator(run, table, cells, "field list").eval(item.expr()));
            }
        }
        return values;
    }

    static boolean aggregated(Statement.Select select) {
        return select.items().stream().anyMatch(item -> !item.star() && Aggregate.contains(item.expr()));
    }

    /**
     * The one row of a select list of aggregates, over the rows the WHERE kept. Beside them only constants may
     * stand: a column is MySQL 8.0's 1140 (its default sql_mode has ONLY_FULL_GROUP_BY).
     */
    private static List<Value> aggregate(List<Statement.SelectItem> items, QueryTable table, List<List<Object>> kept,
                                         StatementRun run) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Statement.SelectItem item = items.get(i);
            if (item.star()) {
                throw new SqlException(table.columns().isEmpty() ? MysqlErrors.noTablesUsed()
                        : MysqlErrors.nonAggregatedColumn(i + 1, qualified(table, 0)));
            }
            Expr expr = item.expr();
            if (expr instanceof Expr.FunctionCall call && call.aggregate()) {
                Aggregate aggregate = Aggregate.of(call);
                Optional<Expr> argument = aggregate.argument();
                for (List<Object> cells : kept) {
                    aggregate.add(argument.isEmpty() ? Value.NULL
                            : evaluator(run, table, cells, "field list").eval(argument.get()));
                }
                values.add(aggregate.result());
            } else if (Aggregate.contains(expr)) {
                throw new SqlException(EventdErrors.unsupportedQuery("an expression over an aggregate: "
                        + item.text()));
            } else {
                Optional<Expr.Column> column = Aggregate.plainColumn(expr);
                if (column.isPresent()) {
                    int index = table.indexOf(column.get().name());
                    throw new SqlException(index < 0
                            ? MysqlErrors.unknownColumn(column.get().name(), "field list")
                            : MysqlErrors.nonAggregatedColumn(i + 1, qualified(table, index)));
                }
                values.add(evaluator(run, table, List.of(), "field list").eval(expr));
            }
        }
        return values;
    }

    private static String qualified(QueryTable table, int column) {
        return table.schema() + "." + table.name() + "." + table.columns().get(column);
    }

    /** Bare columns are named as the table spells them (EVENT_NAME), like MySQL 8.0's I_S views. */
    private static List<String> columnNames(List<Statement.SelectItem> items, QueryTable table) {
        List<String> names = new ArrayList<>();
        for (Statement.SelectItem item : items) {
            if (item.star()) {
                names.addAll(table.columns());
            } else if (item.alias() != null) {
                names.add(item.alias());
            } else if (item.expr() instanceof Expr.Column column && table.indexOf(column.name()) >= 0) {
                names.add(table.columns().get(table.indexOf(column.name())));
            } else {
                names.add(item.text());
            }
        }
        return names;
    }

    private static Comparator<Row> order(Statement.Select select, QueryTable table, StatementRun run) {
        Comparator<Row> order = (a, b) -> 0;
        for (Statement.OrderItem item : select.orderBy()) {
            Comparator<Row> key = Comparator.comparing(row -> sortKey(item.expr(), row, select, table, run),
                    Values.ORDER);
            order = order.thenComparing(item.descending() ? key.reversed() : key);
        }
        return order;
    }

    private static Value sortKey(Expr expr, Row row, Statement.Select select, QueryTable table, StatementRun run) {
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
        return evaluator(run, table, row.cells(), "order clause").eval(expr);
    }

    private static Evaluator evaluator(StatementRun run, QueryTable table, List<Object> cells, String clause) {
        return new Evaluator(run.context().withColumns((qualifier, name) -> {
            int index = table.indexOf(name);
            if (index < 0 || qualifier != null && !qualifier.equalsIgnoreCase(table.name())) {
                throw new SqlException(MysqlErrors.unknownColumn(qualifier == null ? name : qualifier + "." + name,
                        clause));
            }
            return Cells.toValue(cells.get(index), table.kinds().get(index));
        }));
    }
}
