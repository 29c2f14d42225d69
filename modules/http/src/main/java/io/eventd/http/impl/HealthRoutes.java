package io.eventd.http.impl;

import io.eventd.core.node.ClusterView;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.node.Readiness;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health/live} (200 while the process serves), {@code /health/ready} (200 only when the node joined,
 * loaded the catalog and reaches the metadata store, else 503 naming the failing checks), {@code /health} (details).
 */
final class HealthRoutes {
    private final NodeInfo node;
    private final Workers workers;

    HealthRoutes(NodeInfo node, Workers workers) {
        this.node = node;
        this.workers = workers;
    }

    void live(RoutingContext ctx) {
        Replies.json(ctx, 200, Map.of("status", "UP"));
    }

    void ready(RoutingContext ctx) {
        workers.run(ctx, node::readiness, readiness -> Replies.json(ctx, status(readiness), readiness(readiness)));
    }

    void details(RoutingContext ctx) {
        workers.run(ctx, () -> {
            Readiness readiness = node.readiness();
            ClusterView cluster = node.cluster();
            Map<String, Object> json = readiness(readiness);
            json.put("node", node.nodeName());
            json.put("members", cluster.members().size());
            json.put("scheduler", cluster.scheduler().name());
            json.put("quorum_present", cluster.quorum().present());
            return Map.entry(status(readiness), json);
        }, reply -> Replies.json(ctx, reply.getKey(), reply.getValue()));
    }

    private static int status(Readiness readiness) {
        return readiness.isReady() ? 200 : 503;
    }

    private static Map<String, Object> readiness(Readiness readiness) {
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put(Readiness.JOINED, readiness.joined());
        checks.put(Readiness.CATALOG_LOADED, readiness.catalogLoaded());
        checks.put(Readiness.METADATA_STORE_REACHABLE, readiness.metadataStoreReachable());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", readiness.isReady() ? "UP" : "DOWN");
        json.put("checks", checks);
        json.put("failing", readiness.failing());
        return json;
    }
}
