package io.eventd.http.impl;

import io.eventd.core.engine.Clock;
import io.eventd.core.engine.Engine;
import io.eventd.core.error.MysqlErrors;
import io.eventd.core.error.SqlException;
import io.eventd.core.event.Account;
import io.eventd.core.event.EventDefinition;
import io.eventd.core.event.EventKey;
import io.eventd.core.node.NodeInfo;
import io.eventd.core.node.RunAccepted;
import io.eventd.core.node.RunNowRequest;
import io.eventd.core.render.RenderZones;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/events}, {@code GET /v1/events/:schema/:name} and {@code POST /v1/events/:schema/:name/run}:
 * the catalog as information_schema.EVENTS shows it, to callers holding EVENT on the schema.
 */
final class EventRoutes {
    private final Engine engine;
    private final NodeInfo node;
    private final EventAccess access;
    private final Clock clock;
    private final RenderZones zones;
    private final Workers workers;

    EventRoutes(Engine engine, NodeInfo node, Clock clock, ZoneId systemZone, Workers workers) {
        this.engine = engine;
        this.node = node;
        this.access = new EventAccess(engine.accounts());
        this.clock = clock;
        this.zones = new RenderZones(systemZone, systemZone);
        this.workers = workers;
    }

    void list(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        String schema = ctx.request().getParam("schema");
        workers.run(ctx, () -> list(caller, schema), events -> Replies.json(ctx, 200, events));
    }

    void get(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        EventKey key = key(ctx);
        String name = ctx.pathParam("name");
        workers.run(ctx, () -> JsonShapes.event(find(caller, key, name), zones, node),
                event -> Replies.json(ctx, 200, event));
    }

    void run(RoutingContext ctx) {
        Account caller = Authentication.account(ctx);
        EventKey key = key(ctx);
        String name = ctx.pathParam("name");
        workers.run(ctx, () -> {
            EventDefinition event = find(caller, key, name);
            RunAccepted accepted = node.runNow(new RunNowRequest(key, caller, clock.now()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("event", event.schema() + "." + event.name());
            json.put("node", accepted.node());
            return json;
        }, accepted -> Replies.json(ctx, 202, accepted));
    }

    private List<Map<String, Object>> list(Account caller, String schema) {
        List<EventDefinition> events;
        if (schema == null) {
            events = engine.catalog().list().stream().filter(e -> access.allows(caller, e.schema())).toList();
        } else {
            access.require(caller, schema);
            if (!engine.schemas().exists(schema)) {
                throw new SqlException(MysqlErrors.unknownDatabase(schema));
            }
            events = engine.catalog().list(schema);
        }
        return events.stream().map(e -> JsonShapes.event(e, zones, node)).toList();
    }

    /** The event, after the privilege check (1044), or 1539. */
    private EventDefinition find(Account caller, EventKey key, String name) {
        access.require(caller, key.schema());
        return engine.catalog().find(key).orElseThrow(() -> new SqlException(MysqlErrors.unknownEvent(name)));
    }

    private static EventKey key(RoutingContext ctx) {
        return EventKey.of(ctx.pathParam("schema"), ctx.pathParam("name"));
    }
}
