package io.eventd.http.impl;

import io.eventd.core.engine.Clock;
import io.eventd.core.engine.Session;
import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.engine.StatementResult;
import io.eventd.core.event.Account;
import io.eventd.core.sql.ScriptSplitter;
import io.eventd.core.sql.ScriptStatement;
import io.eventd.core.sql.ast.Statement;
import io.eventd.http.json.ResultJson;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/sql}: runs the statements of the body in order in a new session (the caller as user, the schema
 * as database), stopping at the first error, whose result is the last element. 200 when every statement succeeded,
 * else the status of the error.
 */
final class SqlRoute {
    private final StatementExecutor executor;
    private final Clock clock;
    private final ZoneId systemZone;
    private final Workers workers;

    SqlRoute(StatementExecutor executor, Clock clock, ZoneId systemZone, Workers workers) {
        this.executor = executor;
        this.clock = clock;
        this.systemZone = systemZone;
        this.workers = workers;
    }

    void handle(RoutingContext ctx) {
        SqlRequest request = SqlRequest.parse(RequestBody.mediaType(ctx), RequestBody.text(ctx),
                ctx.request().getParam("schema"));
        Account user = Authentication.account(ctx);
        workers.run(ctx, () -> run(request, user), results -> reply(ctx, results));
    }

    private List<StatementResult> run(SqlRequest request, Account user) {
        Session session = new Session(user, clock, systemZone);
        if (request.schema() != null) {
            StatementResult use = executor.execute(new Statement.Use(request.schema()), session);
            if (!use.ok()) {
                return List.of(use);
            }
        }
        List<StatementResult> results = new ArrayList<>();
        for (ScriptStatement statement : ScriptSplitter.split(request.sql())) {
            StatementResult result = executor.execute(statement.text(), session);
            results.add(result);
            if (!result.ok()) {
                break;
            }
        }
        return results;
    }

    private static void reply(RoutingContext ctx, List<StatementResult> results) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < results.size(); i++) {
            json.append(i == 0 ? "" : ",").append(ResultJson.line(i + 1, results.get(i)));
        }
        StatementResult last = results.isEmpty() ? null : results.get(results.size() - 1);
        int status = 200;
        if (last != null && !last.ok()) {
            Replies.addHeadersOf(ctx.response(), last.error());
            status = ErrorStatus.of(last.error());
        }
        Replies.send(ctx, status, json.append(']').toString());
    }
}
