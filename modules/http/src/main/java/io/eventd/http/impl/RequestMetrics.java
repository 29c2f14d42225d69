package io.eventd.http.impl;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code eventd_http_requests_seconds} (count, sum, max) by route template, method and status. Requests no route
 * serves are counted under route {@code unmatched}, so odd paths cannot blow up the number of series.
 */
final class RequestMetrics {
    static final String METER = "eventd.http.requests";
    private static final String ROUTE_KEY = "eventd.route";
    private static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The first handler of every request: times it until the response is written. */
    void start(RoutingContext ctx) {
        Timer.Sample sample = Timer.start(registry);
        ctx.addEndHandler(ended -> sample.stop(Timer.builder(METER)
                .description("HTTP requests served, by route template, method and status")
                .tag("route", ctx.<String>get(ROUTE_KEY, UNMATCHED))
                .tag("method", ctx.request().method().name())
                .tag("status", Integer.toString(ctx.response().getStatusCode()))
                .register(registry)));
        ctx.next();
    }

    /** Marks the request as served by {@code template} (e.g. {@code /v1/events/:schema/:name}). */
    static void label(RoutingContext ctx, String template) {
        ctx.put(ROUTE_KEY, template);
    }
}
