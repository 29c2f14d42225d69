package io.eventd.http.impl;

import io.eventd.core.catalog.Catalog;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.node.ClusterMember;
import io.eventd.core.node.ClusterView;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.node.QuorumState;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /v1/cluster}: members, the events each leads (those the caller holds EVENT on, as
 * {@code schema.name}), the scheduler state and split-brain protection.
 */
final class ClusterRoute {
    private final NodeInfo node;
    private final Catalog catalog;
    private final EventAccess access;
    private final Workers workers;

    ClusterRoute(NodeInfo node, Catalog catalog, EventAccess access, Workers workers) {
        this.node = node;
        this.catalog = catalog;
        this.access = access;
        this.workers = workers;
    }

    void handle(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        workers.run(ctx, () -> describe(caller), json -> Replies.json(ctx, 200, json));
    }

    private Map<String, Object> describe(Account caller) {
        ClusterView view = node.cluster();
        List<Map<String, Object>> members = new ArrayList<>();
        for (ClusterMember member : view.members()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", member.name());
            json.put("address", member.address());
            json.put("local", member.local());
            json.put("leads", member.leads().stream().filter(key -> access.allows(caller, key.schema()))
                    .map(this::displayName).flatMap(Optional::stream).toList());
            members.add(json);
        }
        QuorumState quorum = view.quorum();
        Map<String, Object> protection = new LinkedHashMap<>();
        protection.put("enabled", quorum.enabled());
        protection.put("minimum_size", quorum.minimumSize());
        protection.put("present_size", quorum.presentSize());
        protection.put("quorum_present", quorum.present());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("node", node.nodeName());
        json.put("scheduler", view.scheduler().name());
        json.put("split_brain_protection", protection);
        json.put("members", members);
        return json;
    }

    /** {@code schema.name} as the event was created; empty when it was dropped meanwhile. */
    private Optional<String> displayName(EventKey key) {
        return catalog.find(key).map((EventDefinition e) -> e.schema() + "." + e.name());
    }
}
