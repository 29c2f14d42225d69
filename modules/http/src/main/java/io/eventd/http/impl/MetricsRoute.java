package io.eventd.http.impl;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /metrics}: the registry in Prometheus' text exposition format. */
final class MetricsRoute {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Workers workers;

    MetricsRoute(PrometheusMeterRegistry registry, Workers workers) {
        this.registry = registry;
        this.workers = workers;
    }

    void handle(RoutingContext ctx) {
        workers.run(ctx, registry::scrape,
                text -> ctx.response().setStatusCode(200).putHeader("Content-Type", CONTENT_TYPE).end(text));
    }
}
