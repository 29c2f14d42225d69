package io.eventd.http.impl;

import io.eventd.core.catalog.Accounts;
import io.eventd.core.error.EventdErrors;
import io.eventd.core.event.Account;
import io.eventd.core.history.ExecutionHistory;
import io.eventd.core.history.ExecutionRecord;
import io.eventd.core.history.ExecutionStatus;
import io.eventd.core.history.HistoryQuery;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/events/:schema/:name/history} and {@code GET /v1/history}: execution records, newest first,
 * filtered by {@code since}, {@code status} and {@code limit} (default 100); only runs of schemas the caller holds
 * EVENT on.
 */
final class HistoryRoutes {
    static final int DEFAULT_LIMIT = 100;

    private final ExecutionHistory history;
    private final Accounts accounts;
    private final EventAccess access;
    private final Workers workers;

    HistoryRoutes(ExecutionHistory history, Accounts accounts, Workers workers) {
        this.history = history;
        this.accounts = accounts;
        this.access = new EventAccess(accounts);
        this.workers = workers;
    }

    void ofEvent(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        String schema = ctx.pathParam("schema");
        HistoryQuery query = query(ctx).forEvent(schema, ctx.pathParam("name"));
        workers.run(ctx, () -> {
            access.require(caller, schema);
            return shapes(history.query(query));
        }, runs -> Replies.json(ctx, 200, runs));
    }

    void all(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        HistoryQuery query = query(ctx);
        workers.run(ctx, () -> shapes(visible(caller, query)), runs -> Replies.json(ctx, 200, runs));
    }

    /** An admin sees every run; anyone else the runs of schemas they hold EVENT on, within the scanned records. */
    private List<ExecutionRecord> visible(Account caller, HistoryQuery query) {
        if (accounts.isAdmin(caller)) {
            return history.query(query);
        }
        HistoryQuery wide = new HistoryQuery(query.schema(), query.event(), query.since(), query.status(),
                ExecutionHistory.SCAN_LIMIT);
        return history.query(wide).stream().filter(run -> access.allows(caller, run.schema()))
                .limit(query.limit()).toList();
    }

    private static List<Map<String, Object>> shapes(List<ExecutionRecord> runs) {
        return runs.stream().map(JsonShapes::execution).toList();
    }

    private static HistoryQuery query(RoutingContext ctx) {
        HistoryQuery query = HistoryQuery.latest(limit(ctx.request().getParam("limit")));
        String since = ctx.request().getParam("since");
        if (since != null) {
            try {
                query = query.startedSince(JsonShapes.parseInstant(since));
            } catch (DateTimeParseException e) {
                throw bad("since must be 'YYYY-MM-DD HH:MM:SS' (UTC) or an ISO-8601 instant, got '" + since + "'");
            }
        }
        String status = ctx.request().getParam("status");
        if (status != null) {
            query = query.withStatus(status(status));
        }
        return query;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= ExecutionHistory.SCAN_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw bad("limit must be an integer from 1 to " + ExecutionHistory.SCAN_LIMIT + ", got '" + text + "'");
    }

    private static ExecutionStatus status(String text) {
        try {
            return ExecutionStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("status must be one of " + List.of(ExecutionStatus.values()) + ", got '" + text + "'");
        }
    }

    private static HttpProblem bad(String what) {
        return new HttpProblem(400, EventdErrors.badHttpRequest(what));
    }
}
