package io.eventd.core.engine;

import io.eventd.core.error.EventdErrors;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.ast.Statement;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.eval.Values;
import io.eventd.core.sql.expr.Expr;
import io.eventd.core.time.MysqlZones;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SET of user variables, {@code GLOBAL event_scheduler} (1231, 1229), time_zone (1298), TIMESTAMP (moves an offline
 * clock) and sql_mode; unknown variables 1193. Every assignment is checked before any is applied.
 */
final class SetStatement {
    /** TYPE_TIMESTAMP_MAX_VALUE: 3001-01-18 23:59:59 UTC (8.0.28+ on 64-bit). */
    private static final BigDecimal MAX_TIMESTAMP = BigDecimal.valueOf(32_536_771_199L);

    private SetStatement() {
    }

    static StatementResult execute(Statement.Set set, StatementRun run) {
        List<Runnable> changes = new ArrayList<>();
        for (Statement.Assignment assignment : set.assignments()) {
            changes.add(change(assignment, run));
        }
        changes.forEach(Runnable::run);
        return StatementResult.ok(run.notes());
    }

    private static Runnable change(Statement.Assignment assignment, StatementRun run) {
        Session session = run.session();
        if (assignment.target() instanceof Expr.UserVariable user) {
            Value value = run.evaluator().eval(assignment.value());
            return () -> session.setUserVariable(user.name(), value);
        }
        Expr.SystemVariable target = (Expr.SystemVariable) assignment.target();
        SystemVariable variable = SystemVariable.named(target.name());
        boolean global = target.scope() == Expr.Scope.GLOBAL;
        if (variable.globalOnly() && !global) {
            throw new SqlException(MysqlErrors.globalVariable(variable.variableName()));
        }
        if (variable.sessionOnly() && global) {
            throw new SqlException(MysqlErrors.sessionVariable(variable.variableName()));
        }
        String keyword = keyword(assignment.value());
        return switch (variable) {
            case EVENT_SCHEDULER -> eventScheduler(keyword, assignment.value(), run);
            case TIME_ZONE -> timeZone(global, keyword, assignment.value(), run);
            case SQL_MODE -> sqlMode(global, keyword, assignment.value(), run);
            case TIMESTAMP -> timestamp(keyword, assignment.value(), run);
            default -> throw new SqlException(EventdErrors.unsupportedStatement("SET " + variable.variableName()));
        };
    }

    /** ON | OFF | 1 | 0 | DEFAULT (ON); anything else, DISABLED included, is 1231. */
    private static Runnable eventScheduler(String keyword, Expr value, StatementRun run) {
        if (!run.engine().accounts().isAdmin(run.session().user())) {
            throw new SqlException(MysqlErrors.needSuper());
        }
        String text = keyword != null ? keyword : Values.display(run.evaluator().eval(value));
        boolean on = switch (text.toUpperCase(Locale.ROOT)) {
            case "ON", "1", "TRUE", "DEFAULT" -> true;
            case "OFF", "0", "FALSE" -> false;
            default -> throw new SqlException(MysqlErrors.wrongValueForVariable("event_scheduler", text));
        };
        return () -> run.engine().scheduler().turn(on, run.now());
    }

    private static Runnable timeZone(boolean global, String keyword, Expr value, StatementRun run) {
        requireSession(global, "time_zone");
        String name = "DEFAULT".equalsIgnoreCase(keyword) ? "SYSTEM" : keyword != null ? keyword
                : string(run.evaluator().eval(value), "time_zone");
        MysqlZones.resolve(name, run.session().systemZone());
        return () -> run.session().setTimeZone(name);
    }

    private static Runnable sqlMode(boolean global, String keyword, Expr value, StatementRun run) {
        requireSession(global, "sql_mode");
        String mode = "DEFAULT".equalsIgnoreCase(keyword) ? Session.DEFAULT_SQL_MODE
                : (keyword != null ? keyword : string(run.evaluator().eval(value), "sql_mode"))
                        .replace(" ", "").toUpperCase(Locale.ROOT);
        return () -> run.session().setSqlMode(mode);
    }

    /**
     * DEFAULT (or 0) returns to the clock; a number fixes the statement time and moves an offline scheduler's clock.
     * MySQL's check_timestamp accepts 1 … 3001-01-18 23:59:59 UTC only, else 1231.
     */
    private static Runnable timestamp(String keyword, Expr value, StatementRun run) {
        if ("DEFAULT".equalsIgnoreCase(keyword)) {
            return () -> run.session().setTimestamp(null);
        }
        Value evaluated = run.evaluator().eval(value);
        BigDecimal number;
        if (evaluated instanceof Value.Int integer) {
            number = BigDecimal.valueOf(integer.value());
        } else if (evaluated instanceof Value.Decimal decimal) {
            number = decimal.value();
        } else {
            throw new SqlException(MysqlErrors.wrongArgumentsToVariable("timestamp"));
        }
        if (number.signum() == 0) {
            return () -> run.session().setTimestamp(null);
        }
        if (number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(MAX_TIMESTAMP) > 0) {
            throw new SqlException(MysqlErrors.wrongValueForVariable("timestamp", Values.display(evaluated)));
        }
        long seconds = number.setScale(0, RoundingMode.FLOOR).longValueExact();
        return () -> {
            run.engine().scheduler().timestampSet(seconds);
            run.session().setTimestamp(seconds);
        };
    }

    private static void requireSession(boolean global, String variable) {
        if (global) {
            throw new SqlException(EventdErrors.unsupportedStatement("SET GLOBAL " + variable));
        }
    }

    /** A bare word ({@code ON}, {@code DEFAULT}, {@code TRADITIONAL}) is the value's text, as MySQL reads it for variables. */
    private static String keyword(Expr value) {
        return value instanceof Expr.Column column && column.qualifier() == null ? column.name() : null;
    }

    private static String string(Value value, String variable) {
        if (value instanceof Value.Str text) {
            return text.value();
        }
        throw new SqlException(MysqlErrors.wrongArgumentsToVariable(variable));
    }
}
