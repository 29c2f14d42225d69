package io.eventd.core.engine;

import io.eventd.core.error.Diagnostic;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Evaluator;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.expr.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** SHOW VARIABLES, SHOW STATUS, SHOW WARNINGS and SELECT without FROM. */
final class ServerStatements {
    private ServerStatements() {
    }

    /** Variable_name / Value of the known variables, by name, filtered by LIKE on Variable_name or WHERE. */
    static StatementResult showVariables(Statement.ShowVariables show, StatementRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (SystemVariable variable : SystemVariable.values()) {
            if (show.scope() == Expr.Scope.GLOBAL && variable.sessionOnly()) {
                continue;
            }
            Value value = variable.value(run.session(), run.engine().scheduler());
            rows.add(List.of(variable.variableName(), String.valueOf(Cells.toCell(value))));
        }
        return nameValueRows(rows, show.like(), show.where(), run);
    }

    /**
     * SHOW STATUS: the cluster-wide {@code Com_*} counters of event statements, filtered by LIKE on Variable_name
     * or WHERE. GLOBAL and SESSION show the same cluster-wide values.
     */
    static StatementResult showStatus(Statement.ShowStatus show, StatementRun run) {
        List<List<Object>> rows = new ArrayList<>();
        for (CountedStatement statement : CountedStatement.values()) {
            rows.add(List.of(statement.variableName(), Long.toString(run.engine().counters().value(statement))));
        }
        return nameValueRows(rows, show.like(), show.where(), run);
    }

    /** Variable_name / Value rows kept by {@code LIKE} on Variable_name or by {@code WHERE}. */
    private static StatementResult nameValueRows(List<List<Object>> rows, String like, Expr where, StatementRun run) {
        Expr filter = like != null
                ? new Expr.Like(new Expr.Column(null, "Variable_name"), new Expr.StringLiteral(like), false, null)
                : where;
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> row : rows) {
            if (filter == null || new Evaluator(run.context().withColumns((q, name) -> variableColumn(row, name)))
                    .isTrue(filter)) {
                kept.add(row);
            }
        }
        return StatementResult.rows(run.notes(), List.of("Variable_name", "Value"), kept);
    }

    /** The diagnostics of the previous statement: Level, Code, Message. */
    static StatementResult showWarnings(Statement.ShowWarnings show, Session session) {
        List<List<Object>> rows = new ArrayList<>();
        for (Diagnostic diagnostic : session.diagnostics()) {
            rows.add(List.of(diagnostic.level().name(), (long) diagnostic.code(), diagnostic.message()));
        }
        long limit = show.limit() == null ? rows.size() : Math.min(show.limit(), rows.size());
        return StatementResult.rows(List.of(), List.of("Level", "Code", "Message"), rows.subList(0, (int) limit));
    }

    /** One row of expressions (none when WHERE is false or LIMIT skips it); columns named by alias or text. */
    static StatementResult selectExpressions(Statement.Select select, StatementRun run) {
        if (TableSelect.aggregated(select)) {
            // Without FROM, aggregates fold over the one row of MySQL's DUAL: SELECT COUNT(*) is 1.
            return TableSelect.execute(select, QueryTable.DUAL, null, run);
        }
        Evaluator evaluator = run.evaluator();
        List<String> columns = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        for (Statement.SelectItem item : select.items()) {
            if (item.star()) {
                throw new SqlException(MysqlErrors.noTablesUsed());
            }
            columns.add(item.alias() != null ? item.alias() : item.text());
            row.add(Cells.toCell(evaluator.eval(item.expr())));
        }
        boolean kept = (select.where() == null || evaluator.isTrue(select.where()))
                && (select.offset() == null || select.offset() == 0)
                && (select.limit() == null || select.limit() > 0);
        return StatementResult.rows(run.notes(), columns, kept ? List.of(row) : List.of());
    }

    private static Value variableColumn(List<Object> row, String name) {
        int index = Arrays.asList("variable_name", "value").indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new SqlException(MysqlErrors.unknownColumn(name, "where clause"));
        }
        return new Value.Str((String) row.get(index));
    }
}
