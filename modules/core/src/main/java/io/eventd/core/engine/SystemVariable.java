package io.eventd.core.engine;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.eval.Value;
import io.eventd.core.sql.expr.Expr;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;

/** The system variables eventd knows, their scopes and values ({@code @@name}, SHOW VARIABLES). */
enum SystemVariable {
    CHARACTER_SET_CLIENT(Scopes.BOTH, (s, sch) -> new Value.Str(s.creationContext().characterSetClient())),
    COLLATION_CONNECTION(Scopes.BOTH, (s, sch) -> new Value.Str(s.creationContext().collationConnection())),
    COLLATION_DATABASE(Scopes.BOTH, (s, sch) -> new Value.Str(s.creationContext().databaseCollation())),
    EVENT_SCHEDULER(Scopes.GLOBAL, (s, sch) -> new Value.Str(sch.isOn() ? "ON" : "OFF")),
    SERVER_ID(Scopes.GLOBAL, (s, sch) -> new Value.Int(s.serverId())),
    SQL_MODE(Scopes.BOTH, (s, sch) -> new Value.Str(s.sqlMode())),
    SYSTEM_TIME_ZONE(Scopes.GLOBAL, (s, sch) -> new Value.Str(s.systemZone().getId())),
    TIME_ZONE(Scopes.BOTH, (s, sch) -> new Value.Str(s.timeZone())),
    TIMESTAMP(Scopes.SESSION, (s, sch) -> new Value.Decimal(BigDecimal.valueOf(s.now()).setScale(6)));

    /** Where a variable lives: GLOBAL only, SESSION only, or both. */
    enum Scopes { GLOBAL, SESSION, BOTH }

    private final Scopes scopes;
    private final BiFunction<Session, Scheduler, Value> value;

    SystemVariable(Scopes scopes, BiFunction<Session, Scheduler, Value> value) {
        this.scopes = scopes;
        this.value = value;
    }

    /** The variable's name as SHOW VARIABLES prints it. */
    String variableName() {
        return name().toLowerCase(Locale.ROOT);
    }

    Value value(Session session, Scheduler scheduler) {
        return value.apply(session, scheduler);
    }

    boolean globalOnly() {
        return scopes == Scopes.GLOBAL;
    }

    boolean sessionOnly() {
        return scopes == Scopes.SESSION;
    }

    /** The variable called {@code name}, case-insensitive; 1193 when unknown. */
    static SystemVariable named(String name) {
        for (SystemVariable variable : values()) {
            if (variable.name().equalsIgnoreCase(name)) {
                return variable;
            }
        }
        throw new SqlException(MysqlErrors.unknownSystemVariable(name));
    }

    /** {@code @@[scope.]name}: 1238 for {@code @@session.} of a GLOBAL variable and {@code @@global.} of a SESSION one. */
    static Value read(Expr.Scope scope, String name, Session session, Scheduler scheduler) {
        SystemVariable variable = named(name);
        if (scope == Expr.Scope.SESSION && variable.globalOnly()) {
            throw new SqlException(MysqlErrors.incorrectGlobalLocalVar(variable.variableName(), "GLOBAL"));
        }
        if (scope == Expr.Scope.GLOBAL && variable.sessionOnly()) {
            throw new SqlException(MysqlErrors.incorrectGlobalLocalVar(variable.variableName(), "SESSION"));
        }
        return variable.value(session, scheduler);
    }
}
