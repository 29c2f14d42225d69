package io.eventd.http.impl;

import io.eventd.core.engine.StatementExecutor;
import io.eventd.core.error.EventdErrors;
import io.eventd.http.HttpPorts;
import io.eventd.http.HttpSettings;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** The routes of the front door (modules/http/README.md), wired to the core ports. Internal: use HttpServer. */
public final class HttpApi {
    private final Router router;
    private final RequestMetrics metrics;

    private HttpApi(Router router, RequestMetrics metrics) {
        this.router = router;
        this.metrics = metrics;
    }

    public static Router router(Vertx vertx, HttpSettings settings, HttpPorts ports, WorkerExecutor executor) {
        HttpApi api = new HttpApi(Router.router(vertx), new RequestMetrics(ports.registry()));
        api.wire(settings, ports, new Workers(executor));
        return api.router;
    }

    private void wire(HttpSettings settings, HttpPorts ports, Workers workers) {
        BearerTokens tokens = new BearerTokens(ports.tokens(), settings.tokenLifetime());
        Authentication auth = new Authentication(ports.authenticator(), tokens, ports.clock(),
                settings.allowAnonymousLoopback(), workers);
        Handler<RoutingContext> sqlBodyType = ctx -> RequestBody.requireType(ctx, SqlRequest.TYPES, SqlRequest.ACCEPTED);
        SqlRoute sql = new SqlRoute(new StatementExecutor(ports.engine()), ports.clock(), ports.systemZone(), workers);
        EventRoutes events = new EventRoutes(ports.engine(), ports.node(), ports.clock(), ports.systemZone(), workers);
        HistoryRoutes history = new HistoryRoutes(ports.engine().history(), ports.engine().accounts(), workers);
        ClusterRoute cluster = new ClusterRoute(ports.node(), ports.engine().catalog(),
                new EventAccess(ports.engine().accounts()), workers);
        HealthRoutes health = new HealthRoutes(ports.node(), workers);

        router.route().handler(metrics::start);
        route(HttpMethod.POST, "/v1/sql", sqlBodyType, new RequestBody(settings.bodyLimitBytes())::read, auth::any,
                sql::handle);
        route(HttpMethod.POST, "/v1/tokens", auth::basicOnly, new TokenRoute(tokens, ports.clock(), workers)::handle);
        route(HttpMethod.GET, "/v1/events", auth::any, events::list);
        route(HttpMethod.GET, "/v1/events/:schema/:name", auth::any, events::get);
        route(HttpMethod.GET, "/v1/events/:schema/:name/history", auth::any, history::ofEvent);
        route(HttpMethod.POST, "/v1/events/:schema/:name/run", auth::any, events::run);
        route(HttpMethod.GET, "/v1/history", auth::any, history::all);
        route(HttpMethod.GET, "/v1/cluster", auth::any, cluster::handle);
        route(HttpMethod.GET, "/metrics", new MetricsRoute(ports.registry(), workers)::handle);
        route(HttpMethod.GET, "/health/live", health::live);
        route(HttpMethod.GET, "/health/ready", health::ready);
        route(HttpMethod.GET, "/health", health::details);

        router.errorHandler(404, ctx -> Replies.error(ctx, 404, EventdErrors.unknownRoute(ctx.request().path())));
        router.errorHandler(405, ctx -> Replies.error(ctx, 405,
                EventdErrors.methodNotAllowed(ctx.request().method().name(), ctx.request().path())));
        router.errorHandler(500, ctx -> Replies.failure(ctx, ctx.failure()));
    }

    @SafeVarargs
    private void route(HttpMethod method, String path, Handler<RoutingContext>... handlers) {
        Route route = router.route(method, path).handler(ctx -> {
            RequestMetrics.label(ctx, path);
            ctx.next();
        });
        for (Handler<RoutingContext> handler : handlers) {
            route.handler(handler);
        }
    }
}
