package io.eventd.core.sql.eval;

import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.sql.expr.Expr;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** A fixed clock, a zone, user variables, one system variable (time_zone) and a row of columns. */
final class TestContext implements EvalContext {
    /** 2026-03-15 10:20:30 UTC. */
    static final long NOW = LocalDateTime.of(2026, 3, 15, 10, 20, 30).toEpochSecond(ZoneOffset.UTC);

    private final long now;
    private final ZoneId zone;
    final Map<String, Value> variables = new HashMap<>();
    final Map<String, Value> columns = new HashMap<>();

    TestContext(long now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    static TestContext utc() {
        return new TestContext(NOW, ZoneOffset.UTC);
    }

    static TestContext in(String zone) {
        return new TestContext(NOW, ZoneId.of(zone));
    }

    TestContext with(String variable, Value value) {
        variables.put(variable, value);
        return this;
    }

    @Override
    public long now() {
        return now;
    }

    @Override
    public ZoneId sessionZone() {
        return zone;
    }

    @Override
    public Value userVariable(String name) {
        return variables.getOrDefault(name.toLowerCase(), Value.NULL);
    }

    @Override
    public Value systemVariable(Expr.Scope scope, String name) {
        if (name.equalsIgnoreCase("time_zone")) {
            return new Value.Str(zone.getId());
        }
        throw new SqlException(MysqlErrors.unknownSystemVariable(name));
    }

    @Override
    public Value column(String qualifier, String name) {
        Value v = columns.get(name.toUpperCase());
        if (v == null) {
            throw new SqlException(MysqlErrors.unknownColumn(name, "where clause"));
        }
        return v;
    }
}
